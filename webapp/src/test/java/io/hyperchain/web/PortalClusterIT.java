package io.hyperchain.web;

import static io.hyperchain.web.ApiAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.token.TokenSecret;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Two real portal instances on one database: placement from each instance's own kept pool never
 * over-commits a node (P1.2); every scheduled fire runs on one instance only (clustered Quartz),
 * and when one instance is killed the other carries on.
 */
class PortalClusterIT {

    private static final String DB = "hyperchain_cluster";

    @Test
    void twoInstancesRunEachFireOnceAndASurvivorCarriesOn() throws Exception {
        freshDatabase();
        var environment = Map.of("HYPERCHAIN_DB_NAME", DB);
        var grid = PortalProcess.Grid.of(2);
        try (var a = new PortalProcess("cluster-a", environment, grid, 0);
             var b = new PortalProcess("cluster-b", environment, grid, 1)) {
            a.start();
            b.start();
            placementsOnBothInstancesFillTheFreeSeatsExactly(a, b);
            LivePages.onBHearWhatHappensOnA(a.base, b.base);
            var admin = new PortalClient(a.base).basic(TestEnvironment.adminEmail(), TestEnvironment.adminPassword());
            var changed = admin.put("api/v1/admin/jobs/load-sampling/schedule", "{\"cron\":\"0/2 * * * * ?\"}");
            assertEquals(200, changed.status(), changed::toString);
            // an instance that had already taken a fire of the old trigger fires it once more (and may
            // coincide with the new one: SKIPPED, not run twice); the next fire brings every trigger in
            // line with the stored schedule. Count from when two fires came within 5 s.
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (count("select count(*) from job_run where job = 'load-sampling' and outcome = 'DONE' "
                    + "and started_at > now(3) - interval 5 second") < 2) {
                assertTrue(System.nanoTime() < deadline, "the new 2-second schedule never took over");
                Thread.sleep(500);
            }
            String settled = text("select now(3)");
            // at least four fires of the 2-second schedule, however long this machine takes to them
            long fired = awaitCount("select count(*) from job_run where job = 'load-sampling' and trigger_kind = 'schedule' "
                    + "and outcome = 'DONE' and started_at > '" + settled + "'", 4);
            long duplicates = count("select count(*) from job_run where job = 'load-sampling' and outcome = 'SKIPPED' "
                    + "and started_at > '" + settled + "'");
            assertTrue(fired >= 4, "the 2-second schedule fired: " + fired);
            assertEquals(0, duplicates, "no fire ran on both instances");
            assertEquals(2, count("select count(*) from QRTZ_SCHEDULER_STATE"), "both instances joined the cluster");

            // billing-close asked of both instances at once, one killed mid-close: every invoice once
            var closing = closeMonthOnBothAndKillOne(a, b);

            String killed = text("select now(3)");
            long after = awaitCount("select count(*) from job_run where job = 'load-sampling' and outcome = 'DONE' "
                    + "and started_at > '" + killed + "'", 4);
            assertTrue(after >= 4, "the survivor carries on: " + after + " runs");
            closing.verify();
            assertTrue(b.stop());
        }
    }

    /** Concurrent resource requests on each instance, each by a new tenant for one node. */
    private static final int REQUESTS_PER_INSTANCE = 50;

    /**
     * Both instances serve 50 concurrent requests at once, each a new tenant asking for one node,
     * while the cloud has fewer free seats than that: exactly the free seats are given (201), the
     * rest are refused (422 request.unplaceable), and no node holds more tenants than its declared
     * capacity takes. Both pools are warm before most nodes drain behind their backs (SQL, as an
     * admin's script would), so the drain reaches them through the placement epoch.
     */
    private static void placementsOnBothInstancesFillTheFreeSeatsExactly(PortalProcess a, PortalProcess b) throws Exception {
        // twelve nodes of 6 to 9 seats at the default allotment (2 CPU, 4 GiB, 20 GiB, load under 90 %);
        // behind them only a ping responder, so that the node watch sees them alive: placement asks none
        List<String> addresses = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            addresses.add("127.0.99." + i);
        }
        try (var engines = new PingResponders(addresses, 9)) {
            burst(a, b);
        }
    }

    private static void burst(PortalProcess a, PortalProcess b) throws Exception {
        for (int i = 1; i <= 12; i++) {
            int seats = 6 + i % 4;
            update("insert into node (name, docker_host, cpu, memory_gib, disk_gib, sub_disk_gib, state, registered_at) "
                    + "values (?, ?, ?, ?, ?, 0, 'ACTIVE', now(3))", "burst-" + i, "tcp://127.0.99." + i + ":9",
                    2 * seats, 4 * seats, 20 * seats);
        }
        List<String> tokens = tenantsWithTokens(2 * REQUESTS_PER_INSTANCE + 2);
        for (var instance : List.of(a, b)) { // each instance reads its pool: a request, then the nodes given back
            var warm = new PortalClient(instance.base).bearer(tokens.remove(tokens.size() - 1));
            var placed = warm.post("api/v1/resource-requests", ONE_NODE);
            assertEquals(201, placed.status(), placed::toString);
            assertEquals(204, warm.delete("api/v1/resource-requests").status());
        }
        long fourth = count("select min(id) + 3 from node where name like 'burst-%'");
        update("update node set state = 'DRAINING' where name like 'burst-%' and id > ?", fourth); // four stay open
        try {
            long seats = count("select sum(least(cpu div 2, memory_gib div 4, disk_gib div 20)) from node where state = 'ACTIVE'");
            assertTrue(seats > 0 && seats < 2L * REQUESTS_PER_INSTANCE, "free seats: " + seats);
            List<Callable<PortalClient.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                var tenant = new PortalClient((i % 2 == 0 ? a : b).base).bearer(tokens.get(i));
                calls.add(() -> tenant.post("api/v1/resource-requests", ONE_NODE));
            }
            var threads = Executors.newFixedThreadPool(calls.size());
            List<PortalClient.Reply> replies = new ArrayList<>();
            try {
                for (var future : threads.invokeAll(calls)) {
                    replies.add(future.get());
                }
            } finally {
                threads.shutdownNow();
            }
            var statuses = replies.stream().map(PortalClient.Reply::status).toList();
            assertEquals(seats, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
            assertEquals(calls.size() - seats, statuses.stream().filter(s -> s == 422).count(), statuses::toString);
            replies.stream().filter(r -> r.status() == 422).forEach(r -> assertError(r, 422, null, "request.unplaceable"));
            assertEquals(seats, count("select count(*) from assignment"), "one node for each tenant given one");
            assertEquals(0, count("select count(*) from assignment a join node n on n.id = a.node_id where n.state <> 'ACTIVE'"),
                    "no tenant on a draining node");
            assertEquals(0, count("select count(*) from node n where (select count(*) from assignment a where a.node_id = n.id) "
                    + "> least(n.cpu div 2, n.memory_gib div 4, n.disk_gib div 20)"), "no node holds more than its capacity takes");
        } finally {
            update("update node set state = 'ACTIVE' where name like 'burst-%'");
        }
    }

    private static final String ONE_NODE = "{\"cpu\":2,\"memoryGiB\":4,\"diskGiB\":20,\"hoursPerDay\":8}";

    /**
     * New tenants, each with a user and an API token, written straight to the database: a Bearer
     * request costs a SHA-256, where a sign-up and HTTP Basic would cost two PBKDF2 hashes each.
     * Returns the tokens' secrets.
     */
    private static List<String> tenantsWithTokens(int howMany) throws Exception {
        var random = new Random(20_261_205L);
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < howMany; i++) {
            var secret = TokenSecret.generate(random);
            update("insert into tenant (name, created_at) values (?, now(3))", "burst-" + i);
            update("insert into user_account (tenant_id, email, password_hash, role, created_at, email_verified_at) "
                    + "select id, ?, 'none: this user signs in by token only', 'TENANT', now(3), now(3) from tenant where name = ?",
                    "burst-" + i + "@example.com", "burst-" + i);
            update("insert into api_token (user_account_id, name, token_hash, prefix, scope, created_at, expires_at) "
                    + "select id, 'burst', ?, ?, 'READ_WRITE', now(3), now(3) + interval 1 day from user_account where email = ?",
                    secret.hash(), secret.prefix(), "burst-" + i + "@example.com");
            secrets.add(secret.value());
        }
        return secrets;
    }

    private static void update(String sql, Object... parameters) throws Exception {
        try (var db = connect(); var statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static final int BILLED_TENANTS = 3000;

    /** What the close left to check once the survivor has carried on. */
    private record Closing(String month, long finalizedWhenKilled) {

        void verify() throws Exception {
            long invoices = count("select count(*) from invoice where period = '" + month + "'");
            long finalized = count("select count(*) from invoice where period = '" + month + "' and state = 'FINALIZED'");
            System.out.printf("billing-close: %d of %d finalized when one instance was killed, %d after%n",
                    finalizedWhenKilled, BILLED_TENANTS, finalized);
            assertEquals(BILLED_TENANTS, invoices, "one invoice per tenant, none twice");
            assertEquals(BILLED_TENANTS, finalized, "the survivor finished the month");
            assertEquals(BILLED_TENANTS, count("select count(distinct number) from invoice where period = '" + month + "'"));
            assertEquals(BILLED_TENANTS, count("select max(cast(substring(number, 9) as unsigned)) from invoice "
                    + "where period = '" + month + "'"), "numbers are gapless: the highest is the count");
            // each: fee 10,000 + 2 h x 500 = 11,000; VAT 1,100; total 12,100 (the default plan, sql/V11)
            assertEquals(BILLED_TENANTS, count("select count(*) from invoice where period = '" + month + "' and total = 12100"));
            assertEquals(2L * BILLED_TENANTS, count("select count(*) from invoice_line l join invoice i on i.id = l.invoice_id "
                    + "where i.period = '" + month + "'"), "a fee and a node-hours line each, none twice");
        }
    }

    private static Closing closeMonthOnBothAndKillOne(PortalProcess a, PortalProcess b) throws Exception {
        var zone = java.time.ZoneId.of("Asia/Seoul");
        var month = java.time.YearMonth.now(zone).minusMonths(1);
        var start = month.atDay(1).atStartOfDay(zone).toInstant();
        try (var db = connect()) {
            db.setAutoCommit(false);
            try (var tenants = db.prepareStatement("insert into tenant (name, created_at) values (?, ?)");
                 var usage = db.prepareStatement("insert into usage_interval (id, tenant_id, metric, subject, rate, started_at, "
                         + "ended_at, recorded_at) select concat('seed-', id), id, 'node-hours', concat('seed:', id), 1, ?, ?, ? "
                         + "from tenant where name like 'billed-%'")) {
                for (int i = 0; i < BILLED_TENANTS; i++) {
                    tenants.setString(1, "billed-" + i);
                    tenants.setTimestamp(2, java.sql.Timestamp.from(start.minusSeconds(86_400)));
                    tenants.addBatch();
                }
                tenants.executeBatch();
                var used = java.sql.Timestamp.from(start.plusSeconds(3_600));
                usage.setTimestamp(1, used);
                usage.setTimestamp(2, java.sql.Timestamp.from(start.plusSeconds(3_600 + 7_200)));
                usage.setTimestamp(3, used);
                usage.executeUpdate();
            }
            db.commit();
        }
        var http = java.net.http.HttpClient.newHttpClient();
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString((TestEnvironment.adminEmail() + ":"
                + TestEnvironment.adminPassword()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.util.function.Function<PortalProcess, java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>>> close =
                p -> http.sendAsync(java.net.http.HttpRequest.newBuilder(p.base.resolve("api/v1/admin/jobs/billing-close/run?month=" + month))
                        .header("Authorization", auth).timeout(java.time.Duration.ofMinutes(5))
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        var onA = close.apply(a);
        var onB = close.apply(b);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (count("select count(*) from invoice where period = '" + month + "' and state = 'FINALIZED'") < 50) {
            assertTrue(System.nanoTime() < deadline, "the close never got going");
            Thread.sleep(100);
        }
        a.kill(); // mid-close: its transaction dies with it
        long finalizedWhenKilled = count("select count(*) from invoice where period = '" + month + "' and state = 'FINALIZED'");
        assertTrue(finalizedWhenKilled < BILLED_TENANTS, "the kill came before the close was done: " + finalizedWhenKilled);
        var answer = onB.get(5, java.util.concurrent.TimeUnit.MINUTES);
        assertEquals(200, answer.statusCode(), answer::body);
        onA.cancel(true); // its instance is gone
        return new Closing(month.toString(), finalizedWhenKilled);
    }

    private static void freshDatabase() throws Exception {
        String url = "jdbc:mariadb://" + System.getenv("HYPERCHAIN_DB_HOST") + ":" + System.getenv("HYPERCHAIN_DB_PORT") + "/";
        try (var db = DriverManager.getConnection(url, System.getenv("HYPERCHAIN_DB_USER"),
                System.getenv("HYPERCHAIN_DB_PASSWORD")); var statement = db.createStatement()) {
            statement.execute("drop database if exists " + DB);
            statement.execute("create database " + DB + " character set utf8mb4");
        }
    }

    static String text(String sql) throws Exception {
        try (var db = connect(); var statement = db.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static java.sql.Connection connect() throws Exception {
        String url = "jdbc:mariadb://" + System.getenv("HYPERCHAIN_DB_HOST") + ":" + System.getenv("HYPERCHAIN_DB_PORT")
                + "/" + DB;
        return DriverManager.getConnection(url, System.getenv("HYPERCHAIN_DB_USER"), System.getenv("HYPERCHAIN_DB_PASSWORD"));
    }

    /** Polls until the count reaches {@code at least} (a minute at most); the count then. */
    private static long awaitCount(String sql, long atLeast) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        long now = count(sql);
        while (now < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(250);
            now = count(sql);
        }
        return now;
    }

    static long count(String sql) throws Exception {
        try (var db = connect(); var statement = db.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
