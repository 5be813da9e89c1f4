package io.hyperchain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two real portal instances on one database (P: clustered Quartz): every scheduled fire runs on
 * one instance only, and when one instance is killed the other carries on.
 */
class PortalClusterIT {

    private static final String DB = "hyperchain_cluster";

    @Test
    void twoInstancesRunEachFireOnceAndASurvivorCarriesOn() throws Exception {
        freshDatabase();
        var environment = Map.of("HYPERCHAIN_DB_NAME", DB);
        try (var a = new PortalProcess("cluster-a", environment); var b = new PortalProcess("cluster-b", environment)) {
            a.start();
            b.start();
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
            Thread.sleep(16_000);

            long fired = count("select count(*) from job_run where job = 'load-sampling' and trigger_kind = 'schedule' "
                    + "and outcome = 'DONE' and started_at > '" + settled + "'");
            long duplicates = count("select count(*) from job_run where job = 'load-sampling' and outcome = 'SKIPPED' "
                    + "and started_at > '" + settled + "'");
            assertTrue(fired >= 4, "the 2-second schedule fired: " + fired);
            assertEquals(0, duplicates, "no fire ran on both instances");
            assertEquals(2, count("select count(*) from QRTZ_SCHEDULER_STATE"), "both instances joined the cluster");

            a.kill();
            String killed = text("select now(3)");
            Thread.sleep(30_000);
            long after = count("select count(*) from job_run where job = 'load-sampling' and outcome = 'DONE' "
                    + "and started_at > '" + killed + "'");
            assertTrue(after >= 4, "the survivor carries on: " + after + " runs in 30 s");
            assertTrue(b.stop());
        }
    }

    private static void freshDatabase() throws Exception {
        String url = "jdbc:mariadb://" + System.getenv("HYPERCHAIN_DB_HOST") + ":" + System.getenv("HYPERCHAIN_DB_PORT") + "/";
        try (var db = DriverManager.getConnection(url, System.getenv("HYPERCHAIN_DB_USER"),
                System.getenv("HYPERCHAIN_DB_PASSWORD")); var statement = db.createStatement()) {
            statement.execute("drop database if exists " + DB);
            statement.execute("create database " + DB + " character set utf8mb4");
        }
    }

    private static String text(String sql) throws Exception {
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

    private static long count(String sql) throws Exception {
        try (var db = connect(); var statement = db.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
