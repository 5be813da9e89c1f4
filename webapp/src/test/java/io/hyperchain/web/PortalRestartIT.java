package io.hyperchain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar users start with `bin/hyperchain up`, stopped and started again: the tenant
 * who signed up before is still there, and the first admin still logs in.
 */
class PortalRestartIT {

    @Test
    void aTenantSurvivesAPortalRestart() throws Exception {
        String email = TestEnvironment.unique("durable") + "@example.com";
        String tenant = TestEnvironment.unique("Durable");
        try (var portal = new PortalProcess("restart", Map.of())) {
            portal.start();
            assertEquals(201, new PortalClient(portal.base).signUp(tenant, email, "survives a restart").status());
            assertTrue(portal.stop(), "the portal stops on SIGTERM");

            portal.start();
            assertEquals(1, portal.deploymentsBegun(), "a restart deploys the application once, not a remembered copy first");
            var me = new PortalClient(portal.base).basic(email, "survives a restart").get("api/v1/me");
            assertEquals(200, me.status(), me::toString);
            assertEquals(tenant, me.json().getString("tenantName"));
            var admin = new PortalClient(portal.base).basic(TestEnvironment.adminEmail(), TestEnvironment.adminPassword())
                    .get("api/v1/me");
            assertEquals(200, admin.status(), "the first admin still logs in after a restart: " + admin);
        }
    }

    /**
     * kill -9 while a start is being carried out and metered: after the restart the reconciler
     * finishes the start, and every container has exactly one open interval per metric — none
     * lost, none doubled — which the stop then closes.
     */
    @Test
    void aPortalKilledMidStartMetersEveryContainerExactlyOnce() throws Exception {
        String email = TestEnvironment.unique("killed") + "@example.com";
        try (var portal = new PortalProcess("killed", Map.of())) {
            portal.start();
            SharedCluster.ensure(portal.base);
            var signUp = new PortalClient(portal.base).signUp(TestEnvironment.unique("Killed"), email, "metered exactly once");
            assertEquals(201, signUp.status(), signUp::toString);
            long tenantId = signUp.json().getJsonNumber("tenantId").longValue();
            var tenant = new PortalClient(portal.base).basic(email, "metered exactly once");
            var nodes = TenantEnvironment.ids(tenant.post("api/v1/resource-requests", TenantEnvironment.request(4, 8, 20, 8)));
            var http = java.net.http.HttpClient.newHttpClient();
            String auth = "Basic " + java.util.Base64.getEncoder().encodeToString((email + ":metered exactly once")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            http.sendAsync(java.net.http.HttpRequest.newBuilder(portal.base.resolve("api/v1/environment/start"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(TenantEnvironment.nodeIds(nodes.get(0), nodes.get(1))))
                    .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            // the desired state is written first; kill as soon as it is there, while the containers start
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (TestDatabase.number("select count(*) from workload w join environment e on e.id = w.environment_id "
                    + "where e.tenant_id = ?", tenantId) < 2) {
                assertTrue(System.nanoTime() < deadline, "the start never recorded its plan");
                Thread.sleep(20);
            }
            portal.kill();
            long openWhenKilled = TestDatabase.number("select count(*) from usage_interval where tenant_id = ? "
                    + "and metric = 'node-hours' and ended_at is null", tenantId);

            portal.start();
            // the reconciler finishes the start: at start-up and every minute, or now when an admin asks
            new PortalClient(portal.base).basic(TestEnvironment.adminEmail(), TestEnvironment.adminPassword())
                    .post("api/v1/admin/jobs/node-health/run", "{}");
            var environment = TenantEnvironment.settled(tenant, tenant.get("api/v1/environment").json());
            long reconciled = System.nanoTime() + 120_000_000_000L;
            while (environment.getJsonArray("containers").stream()
                    .anyMatch(c -> !c.asJsonObject().getString("state").equals("RUNNING")) && System.nanoTime() < reconciled) {
                Thread.sleep(1000);
                environment = tenant.get("api/v1/environment").json();
            }
            System.out.printf("killed with %d of 2 containers metered; after the restart: %s%n", openWhenKilled, environment);
            for (String metric : new String[] {"node-hours", "cpu-core-hours", "memory-gib-hours"}) {
                assertEquals(2, TestDatabase.number("select count(*) from usage_interval where tenant_id = ? and metric = ? "
                        + "and ended_at is null", tenantId, metric), metric + ": one open interval per running container");
                assertEquals(2, TestDatabase.number("select count(distinct subject) from usage_interval where tenant_id = ? "
                        + "and metric = ?", tenantId, metric), metric + ": no container metered twice");
            }
            assertEquals(200, tenant.post("api/v1/environment/stop", "{}").status());
            assertEquals(0, TestDatabase.number("select count(*) from usage_interval where tenant_id = ? and ended_at is null "
                    + "and metric <> 'disk-gib-months'", tenantId), "the stop ends them all");
            assertTrue(portal.stop());
        }
    }
}
