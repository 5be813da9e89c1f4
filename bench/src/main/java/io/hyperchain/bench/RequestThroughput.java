package io.hyperchain.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Committed resource requests per second end to end: REST, session, placement under the lock,
 * MariaDB commit. Each client is a tenant that alternates between asking for 1 and 2 nodes, so
 * every request changes an assignment. Baseline in the same run: the same clients reading
 * GET /api/v1/me (HTTP + session + one query), so the ratio shows what placement costs.
 *
 *   java -cp bench/target/benchmarks.jar io.hyperchain.bench.RequestThroughput URL THREADS SECONDS
 * Admin credentials from HYPERCHAIN_ADMIN_EMAIL / HYPERCHAIN_ADMIN_PASSWORD. Sets the base
 * allotment to 1/1/1 for the run (so the nodes have room) and puts it back afterwards.
 */
public final class RequestThroughput {

    private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");
    private static final Pattern SETTINGS = Pattern.compile("\\{.*}");

    private RequestThroughput() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080/");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        var admin = new Client(base);
        admin.basic(System.getenv().getOrDefault("HYPERCHAIN_ADMIN_EMAIL", "admin@hyperchain.local"),
                System.getenv("HYPERCHAIN_ADMIN_PASSWORD"));
        String settings = admin.send("GET", "api/v1/admin/settings", null).body();
        admin.send("PUT", "api/v1/admin/settings", "{\"baseCpu\":1,\"baseMemoryGiB\":1,\"baseDiskGiB\":1}");
        try {
            List<Client> tenants = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                tenants.add(Client.newTenant(base, "bench-" + System.nanoTime() + "-" + i, admin));
            }
            double reads = run(tenants, seconds, (client, n) -> client.send("GET", "api/v1/me", null).statusCode() == 200);
            var refused = new AtomicLong();
            double requests = run(tenants, seconds, (client, n) -> {
                int status = client.send("POST", "api/v1/resource-requests",
                        "{\"cpu\":" + (n % 2 == 0 ? 2 : 1) + ",\"memoryGiB\":1,\"diskGiB\":1,\"hoursPerDay\":8}").statusCode();
                if (status != 201) {
                    refused.incrementAndGet();
                }
                return status == 201;
            });
            for (Client tenant : tenants) {
                tenant.send("DELETE", "api/v1/resource-requests", null); // seats back for the next run
            }
            System.out.printf("threads %d, %d s each%n", threads, seconds);
            System.out.printf("baseline GET /me:             %8.1f /s%n", reads);
            System.out.printf("committed resource requests:  %8.1f /s  (%d refused as full)%n", requests, refused.get());
            System.out.printf("ratio requests / baseline:    %8.3f%n", requests / reads);
        } finally {
            var matcher = SETTINGS.matcher(settings);
            if (matcher.find()) {
                admin.send("PUT", "api/v1/admin/settings", matcher.group());
            }
        }
    }

    interface Step {
        boolean run(Client client, long n) throws Exception;
    }

    private static double run(List<Client> clients, int seconds, Step step) throws Exception {
        var done = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        var pool = Executors.newFixedThreadPool(clients.size());
        List<Callable<Void>> work = new ArrayList<>();
        for (Client client : clients) {
            work.add(() -> {
                long n = 0;
                while (System.nanoTime() < end) {
                    if (step.run(client, n++)) {
                        done.incrementAndGet();
                    }
                }
                return null;
            });
        }
        long start = System.nanoTime();
        for (var f : pool.invokeAll(work)) {
            f.get();
        }
        pool.shutdown();
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** One user with a cookie jar; after login only the session cookie and CSRF token travel. */
    static final class Client {
        private final URI base;
        private final HttpClient http;
        private String authorization;
        private String csrf;

        Client(URI base) {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        }

        /** A new tenant whose address the admin verifies at once (an unverified one may not request). */
        static Client newTenant(URI base, String name, Client admin) throws Exception {
            var client = new Client(base);
            String email = name + "@example.com";
            client.send("POST", "api/v1/signup",
                    "{\"tenantName\":\"" + name + "\",\"email\":\"" + email + "\",\"password\":\"benchmark password\"}");
            var verified = admin.send("POST", "api/v1/admin/users/" + email + "/verify", null);
            if (verified.statusCode() != 204) {
                throw new IllegalStateException("the admin could not verify " + email + ": HTTP " + verified.statusCode()
                        + " " + verified.body());
            }
            client.basic(email, "benchmark password");
            var me = client.send("GET", "api/v1/me", null).body();
            var matcher = CSRF.matcher(me);
            if (!matcher.find()) {
                throw new IllegalStateException("no CSRF token in " + me);
            }
            client.csrf = matcher.group(1);
            client.authorization = null; // from now on the session speaks (no password hash per request)
            return client;
        }

        void basic(String email, String password) {
            authorization = "Basic " + Base64.getEncoder().encodeToString((email + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
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
            if (csrf != null) {
                request.header("X-CSRF-Token", csrf);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
