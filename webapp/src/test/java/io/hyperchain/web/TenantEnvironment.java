package io.hyperchain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;

/** What the tests do to a tenant's environment through the API: ask for nodes, start, wait. */
final class TenantEnvironment {

    private TenantEnvironment() {
    }

    static String request(int cpu, int memoryGiB, int diskGiB, int hours) {
        return Json.createObjectBuilder().add("cpu", cpu).add("memoryGiB", memoryGiB).add("diskGiB", diskGiB)
                .add("hoursPerDay", hours).build().toString();
    }

    static String nodeIds(long... ids) {
        var array = Json.createArrayBuilder();
        for (long id : ids) {
            array.add(id);
        }
        return Json.createObjectBuilder().add("nodeIds", array).build().toString();
    }

    static List<Long> ids(PortalClient.Reply reply) {
        org.junit.jupiter.api.Assertions.assertTrue(reply.status() / 100 == 2, () -> "the nodes were not given: " + reply);
        return reply.json().getJsonArray("nodes").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    /**
     * Starts, then waits as the page does: a start answers after 20 s at most, with the containers
     * still being prepared shown as STARTING, and the environment is read again until none is.
     */
    static JsonObject start(PortalClient tenant, String nodeIds) throws InterruptedException {
        long begin = System.nanoTime();
        var reply = tenant.post("api/v1/environment/start", nodeIds);
        assertEquals(200, reply.status(), reply::toString);
        var environment = settled(tenant, reply.json());
        System.out.printf("start of %s: %.1f s%n", nodeIds, (System.nanoTime() - begin) / 1e9);
        return environment;
    }

    static JsonObject settled(PortalClient tenant, JsonObject environment) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        while (environment.getJsonArray("containers").stream()
                .anyMatch(c -> c.asJsonObject().getString("state").equals("STARTING")) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            environment = tenant.get("api/v1/environment").json();
        }
        return environment;
    }

}
