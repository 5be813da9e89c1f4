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
            var me = new PortalClient(portal.base).basic(email, "survives a restart").get("api/v1/me");
            assertEquals(200, me.status(), me::toString);
            assertEquals(tenant, me.json().getString("tenantName"));
            var admin = new PortalClient(portal.base).basic(TestEnvironment.adminEmail(), TestEnvironment.adminPassword())
                    .get("api/v1/me");
            assertEquals(200, admin.status(), "the first admin still logs in after a restart: " + admin);
        }
    }
}
