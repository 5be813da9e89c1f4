package io.hyperchain.bench;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * The tenant dashboard's latency under load: TENANTS logged-in tenants, each a closed-loop client
 * (one thread, its next request when the previous one has answered), first read
 * {@code GET /api/v1/me} for SECONDS (the baseline: HTTP, the session, one account read), then
 * {@code GET /ui/tenant/dashboard.xhtml} for SECONDS, each after a short warm-up that is not
 * recorded. Every latency is kept (nanoseconds, from sending the request to the last byte of the
 * body); the run prints count, throughput, p50, p95, p99 and max per phase and the ratio of the
 * dashboard's p95 to the baseline's. Only the page's HTML is fetched, none of its stylesheets,
 * scripts or images.
 *
 * <p>Each tenant is made through the API (sign-up, verified by the admin), holds one node
 * ({@code POST /api/v1/resource-requests} with the base allotment set to 1/1/1 and the load
 * threshold to 100 % for the run, so the dashboard shows a node, the environment form and the load
 * chart; a dev node of 8 CPUs then holds 8 tenants, and the run warns when some got none) and logs
 * in once with HTTP
 * Basic, which makes a session (the portal's authentication mechanism is
 * {@code @AutoApplySession}); afterwards only the session cookie travels, as from a browser. Before
 * measuring, a cookie-only GET of the dashboard must answer 200 with the tenant's page.
 *
 *   java -cp bench/target/benchmarks.jar io.hyperchain.bench.DashboardLatency URL TENANTS SECONDS [WARMUP_SECONDS]
 * Admin credentials from HYPERCHAIN_ADMIN_EMAIL / HYPERCHAIN_ADMIN_PASSWORD. Exits 1 when more
 * than 1 % of a phase's requests fail (anything but a 200 with the expected page). Afterwards the
 * tenants give their nodes back and the settings are put back; the tenants stay (as
 * {@link RequestThroughput}'s do).
 */
public final class DashboardLatency {

    static final String ME = "api/v1/me";
    static final String DASHBOARD = "ui/tenant/dashboard.xhtml";
    /** An element of ui/tenant/dashboard.xhtml outside any form, so its id has no prefix. */
    static final String DASHBOARD_MARK = "id=\"my-nodes\"";
    /** The tenant's node card, rendered only when it holds a node. */
    static final String NODE_MARK = "hc-node-card";
    static final double GOAL = 3.0;
    static final double MAX_ERROR_SHARE = 0.01;

    private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");
    private static final Pattern SETTINGS = Pattern.compile("\\{.*}");
    private static final String PASSWORD = "benchmark password";

    private DashboardLatency() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080/");
        int tenants = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : Math.min(5, seconds);
        var admin = new Client(base);
        admin.logIn(System.getenv().getOrDefault("HYPERCHAIN_ADMIN_EMAIL", "admin@hyperchain.local"),
                System.getenv("HYPERCHAIN_ADMIN_PASSWORD"));
        var read = admin.send("GET", "api/v1/admin/settings", null);
        var saved = SETTINGS.matcher(read.body());
        if (read.statusCode() != 200 || !saved.find()) {
            throw new IllegalStateException("could not read the settings: HTTP " + read.statusCode() + " " + read.body());
        }
        String settings = saved.group();
        List<Client> clients = new ArrayList<>();
        boolean failed;
        try {
            // the smallest allotment, and no node refused for its load, so that as many tenants as possible hold one
            expect(admin.send("PUT", "api/v1/admin/settings",
                    "{\"baseCpu\":1,\"baseMemoryGiB\":1,\"baseDiskGiB\":1,\"loadThresholdPercent\":100}"),
                    200, "setting the base allotment to 1/1/1");
            String run = "bench-dash-" + System.currentTimeMillis();
            int withNode = 0;
            String refusal = null;
            for (int i = 0; i < tenants; i++) {
                var client = Client.newTenant(base, run + "-" + i, admin);
                clients.add(client);
                var answer = client.requestNode();
                if (answer.statusCode() == 201) {
                    withNode++;
                } else if (refusal == null) {
                    refusal = "HTTP " + answer.statusCode() + " " + answer.body();
                }
            }
            int showingNode = 0;
            for (Client client : clients) {
                if (client.checkDashboard()) {
                    showingNode++;
                }
            }
            System.out.printf("%d tenants logged in (session cookie only from here on), %d of them hold a node,"
                    + " %d dashboards show one%n", tenants, withNode, showingNode);
            if (withNode < tenants) {
                System.out.printf("WARNING: %d tenants got no node (first refusal: %s); their dashboard has no node,"
                        + " environment form nor load chart, a lighter page. Run with more nodes"
                        + " (HYPERCHAIN_NODE_COUNT) to measure the full page for everyone.%n", tenants - withNode, refusal);
            }
            System.out.printf("%d closed-loop clients, %d s warm-up + %d s per phase; the dashboard is its HTML only"
                    + " (no stylesheets, scripts, images)%n", tenants, warmup, seconds);

            var me = phase(clients, warmup, seconds, Client::readMe);
            var dashboard = phase(clients, warmup, seconds, Client::readDashboard);

            System.out.println();
            System.out.printf("%-30s %8s %9s %9s %9s %9s %9s %8s%n",
                    "phase", "count", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
            print("baseline GET /api/v1/me", me);
            print("GET /ui/tenant/dashboard.xhtml", dashboard);
            print("errors", "baseline", me);
            print("errors", "dashboard", dashboard);
            double ratio = (double) dashboard.p95() / me.p95();
            System.out.printf("ratio dashboard p95 / me p95: %.2f  (goal <= %.0f: %s)%n",
                    ratio, GOAL, ratio <= GOAL ? "met" : "missed");
            failed = me.errorShare() > MAX_ERROR_SHARE || dashboard.errorShare() > MAX_ERROR_SHARE;
            if (failed) {
                System.out.printf("FAILED: more than %.0f %% of a phase's requests failed%n", MAX_ERROR_SHARE * 100);
            }
        } finally {
            for (Client client : clients) {
                try {
                    client.send("DELETE", "api/v1/resource-requests", null); // seats back for the next run
                } catch (Exception e) {
                    System.err.println("could not release the nodes of " + client.email + ": " + e);
                }
            }
            admin.send("PUT", "api/v1/admin/settings", settings);
        }
        if (failed) {
            System.exit(1);
        }
    }

    private static void print(String name, Phase phase) {
        System.out.printf("%-30s %8d %9.1f %9.2f %9.2f %9.2f %9.2f %8d%n", name, phase.count(), phase.throughput(),
                millis(phase.percentile(50)), millis(phase.p95()), millis(phase.percentile(99)),
                millis(phase.max()), phase.errorCount());
    }

    private static void print(String what, String name, Phase phase) {
        if (!phase.errors().isEmpty()) {
            System.out.printf("%s, %s (by status; -1 = no answer, 0 = a 200 that was not the page): %s (%.2f %%)%n", what, name, phase.errors(),
                    phase.errorShare() * 100);
        }
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }

    interface Step {
        /** True when the answer is the one expected; throws when there was none. */
        boolean run(Client client) throws Exception;
    }

    /** A warm-up that is not recorded, then SECONDS of recorded requests, all clients at once. */
    static Phase phase(List<Client> clients, int warmup, int seconds, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            loop(pool, clients, warmup, step);
            return loop(pool, clients, seconds, step);
        } finally {
            pool.shutdown();
        }
    }

    private static Phase loop(ExecutorService pool, List<Client> clients, int seconds, Step step) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Callable<Tally>> work = new ArrayList<>();
        for (Client client : clients) {
            work.add(() -> {
                var tally = new Tally();
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    int status;
                    try {
                        status = step.run(client) ? 200 : client.lastStatus;
                    } catch (Exception e) {
                        status = -1; // no answer (connection refused or reset, timeout)
                    }
                    long took = System.nanoTime() - start;
                    if (status == 200) {
                        tally.add(took);
                    } else {
                        tally.errors.merge(status, 1L, Long::sum);
                    }
                }
                return tally;
            });
        }
        long start = System.nanoTime();
        var all = new Tally();
        for (var f : pool.invokeAll(work)) {
            all.addAll(f.get());
        }
        return new Phase(all.sorted(), all.errors, (System.nanoTime() - start) / 1e9);
    }

    /**
     * The p-th percentile (0 < p ≤ 100) of ascending values by nearest rank: the smallest value
     * with at least p % of the values at or below it. 0 when there are none.
     */
    static long percentile(long[] sorted, double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100], was " + p);
        }
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** One client's latencies (nanoseconds, successes only) and its failures by status. */
    static final class Tally {
        private long[] nanos = new long[1024];
        private int size;
        final Map<Integer, Long> errors = new TreeMap<>();

        void add(long value) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = value;
        }

        void addAll(Tally other) {
            for (int i = 0; i < other.size; i++) {
                add(other.nanos[i]);
            }
            other.errors.forEach((status, count) -> errors.merge(status, count, Long::sum));
        }

        long[] sorted() {
            long[] values = Arrays.copyOf(nanos, size);
            Arrays.sort(values);
            return values;
        }
    }

    /** A phase's successful latencies in ascending order, its failures by status, its length. */
    record Phase(long[] sorted, Map<Integer, Long> errors, double seconds) {
        int count() {
            return sorted.length;
        }

        double throughput() {
            return sorted.length / seconds;
        }

        long percentile(double p) {
            return DashboardLatency.percentile(sorted, p);
        }

        long p95() {
            return percentile(95);
        }

        long max() {
            return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
        }

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }

        double errorShare() {
            long all = errorCount() + count();
            return all == 0 ? 1 : (double) errorCount() / all;
        }
    }

    /**
     * One user with its own connection and cookie jar, as a browser tab. It logs in once with HTTP
     * Basic; from then on only the session cookie (and, for writes, the session's CSRF token) travels.
     */
    static final class Client {
        private final URI base;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http;
        private String authorization;
        private String csrf;
        String email;
        String tenantName;
        volatile int lastStatus;

        Client(URI base) {
            this.base = base;
            // HTTP/1.1 as a browser speaks it over plain http (no h2c upgrade), one kept connection per client
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        }

        /** A new tenant whose address the admin verifies at once (an unverified one may not request), logged in. */
        static Client newTenant(URI base, String name, Client admin) throws Exception {
            var client = new Client(base);
            String email = name + "@example.com";
            expect(client.send("POST", "api/v1/signup",
                    "{\"tenantName\":\"" + name + "\",\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"),
                    201, "sign-up of " + email);
            expect(admin.send("POST", "api/v1/admin/users/" + email + "/verify", null), 204,
                    "the admin verifying " + email);
            client.logIn(email, PASSWORD);
            client.tenantName = name;
            return client;
        }

        /**
         * One HTTP Basic call, which the portal turns into a session (its authentication mechanism
         * is {@code @AutoApplySession}); then the Authorization header is dropped for good.
         */
        void logIn(String email, String password) throws Exception {
            this.email = email;
            authorization = "Basic " + Base64.getEncoder().encodeToString((email + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            var me = send("GET", ME, null);
            authorization = null;
            expect(me, 200, "the login of " + email);
            var matcher = CSRF.matcher(me.body());
            if (!matcher.find()) {
                throw new IllegalStateException("no CSRF token (so no session) in " + me.body());
            }
            csrf = matcher.group(1);
            if (cookies.getCookieStore().get(base).stream().map(HttpCookie::getName).noneMatch("JSESSIONID"::equalsIgnoreCase)) {
                throw new IllegalStateException("the login of " + email + " set no session cookie: "
                        + cookies.getCookieStore().get(base));
            }
        }

        /** One node at the base allotment; a lock conflict (503) is tried again. */
        HttpResponse<String> requestNode() throws Exception {
            HttpResponse<String> answer = null;
            for (int attempt = 0; attempt < 5; attempt++) {
                answer = send("POST", "api/v1/resource-requests",
                        "{\"cpu\":1,\"memoryGiB\":1,\"diskGiB\":1,\"hoursPerDay\":8}");
                if (answer.statusCode() != 503) {
                    break;
                }
                Thread.sleep(200);
            }
            return answer;
        }

        /** Before measuring: the cookie alone must bring this tenant's dashboard. True when it shows a node. */
        boolean checkDashboard() throws Exception {
            var page = send("GET", DASHBOARD, null);
            if (page.statusCode() != 200 || !page.body().contains(DASHBOARD_MARK) || !page.body().contains(tenantName)) {
                throw new IllegalStateException("a cookie-only GET of " + DASHBOARD + " for " + email + " answered HTTP "
                        + page.statusCode() + page.headers().firstValue("Location").map(l -> " to " + l).orElse("")
                        + " without the dashboard: " + page.body().substring(0, Math.min(500, page.body().length())));
            }
            return page.body().contains(NODE_MARK);
        }

        boolean readMe() throws Exception {
            var answer = send("GET", ME, null);
            lastStatus = answer.statusCode();
            return lastStatus == 200;
        }

        /** A 200 that is not the dashboard (say, the login page) counts as a failure, as status 0. */
        boolean readDashboard() throws Exception {
            var answer = send("GET", DASHBOARD, null);
            lastStatus = answer.statusCode();
            if (lastStatus == 200 && !answer.body().contains(DASHBOARD_MARK)) {
                lastStatus = 0;
            }
            return lastStatus == 200;
        }

        HttpResponse<String> send(String method, String path, String json) throws Exception {
            var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            if (csrf != null && !"GET".equals(method)) {
                request.header("X-CSRF-Token", csrf);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
