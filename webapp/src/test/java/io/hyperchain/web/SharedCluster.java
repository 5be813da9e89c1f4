package io.hyperchain.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

/**
 * The three roomy nodes the environment tests place on: engines 1–3 registered as shared-1..3
 * with 16 CPU / 32 GiB / 400 GiB (8 tenants each at the default base). Registering twice is fine.
 */
final class SharedCluster {

    private SharedCluster() {
    }

    static void ensure(URI base) {
        var admin = new PortalClient(base).basic(TestEnvironment.adminEmail(), TestEnvironment.adminPassword());
        for (int i = 0; i < 3; i++) {
            String body = "{\"name\":\"shared-" + (i + 1) + "\",\"dockerHost\":\"" + TestEnvironment.nodeHosts().get(i)
                    + "\",\"cpu\":16,\"memoryGiB\":32,\"diskGiB\":400,\"subDiskGiB\":50}";
            var reply = admin.post("api/v1/admin/nodes", body);
            assertTrue(reply.status() == 201 || reply.status() == 409, () -> "registering a shared node answered " + reply);
        }
    }

    /**
     * Gives back the seats on the shared nodes that earlier tests' tenants kept without running
     * anything (a test that failed before its cleanup, or another class's): a test that needs three
     * shared nodes then finds them whatever ran before it in this JVM.
     */
    static void freeSeats() throws Exception {
        TestDatabase.update("delete a from assignment a join node n on n.id = a.node_id "
                + "where n.name in ('shared-1', 'shared-2', 'shared-3') and a.tenant_id not in "
                + "(select e.tenant_id from environment e where e.desired_state = 'RUNNING')");
    }
}
