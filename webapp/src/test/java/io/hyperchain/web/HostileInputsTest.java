package io.hyperchain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.jobs.PortalJob;
import io.hyperchain.web.ApiOperations.Operation;
import io.hyperchain.web.HostileInputs.As;
import io.hyperchain.web.HostileInputs.Case;
import io.hyperchain.web.api.JsonBody;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input generator of {@code HostileCallersIT}, checked without a portal: enough cases,
 * the same ones for the same seed, every operation covered or skipped for a reason, and — what makes
 * it safe to point at a shared database — no write names anything that exists.
 */
class HostileInputsTest {

    private static final Map<String, String> OWN = Map.of("invoices/{id}", "17", "credit-notes/{note}", "18");
    private static final Pattern COULD_EXIST = Pattern.compile("[1-9][0-9]{0,14}");

    private static List<Operation> operations;
    private static HostileInputs.Plan plan;

    @BeforeAll
    static void makeThePlan() {
        operations = ApiOperations.fromClassesOnly().operations();
        plan = HostileInputs.plan(operations, OWN, HostileInputs.SEED, HostileInputs.REQUESTS);
    }

    private static String signature(Case c) {
        var r = c.request();
        return r.method() + " " + r.path() + " " + r.headers() + " " + Arrays.hashCode(r.body()) + " " + c.as() + " " + c.mutator();
    }

    private static Case plain(String key) {
        return plan.cases().stream().filter(c -> c.operation().key().equals(key) && c.mutator().equals("none")).findFirst()
                .orElseThrow(() -> new AssertionError("no plain case for " + key));
    }

    /** The value each path parameter got in this case (junk never holds a '/'). */
    private static Map<String, String> pathValues(Case c) {
        String path = c.request().path().replaceFirst("^api/v1/?", "").replaceFirst("\\?.*$", "");
        String[] template = c.operation().template().split("/");
        String[] sent = path.split("/", -1);
        assertEquals(template.length, sent.length, () -> c.request().path() + " does not follow " + c.operation().template());
        var values = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < template.length; i++) {
            if (template[i].startsWith("{")) {
                values.put(template[i].substring(1, template[i].length() - 1), sent[i]);
            }
        }
        return values;
    }

    @Test
    void atLeastTenThousandRequests() {
        assertTrue(plan.cases().size() >= 10_000, plan.cases().size() + " cases");
        assertEquals(Math.max(HostileInputs.REQUESTS, plan.cases().size()), plan.cases().size());
    }

    @Test
    void theSameSeedMakesTheSameCasesAndAnotherSeedOthers() {
        var again = HostileInputs.plan(operations, OWN, HostileInputs.SEED, HostileInputs.REQUESTS);
        assertEquals(plan.cases().stream().map(HostileInputsTest::signature).toList(),
                again.cases().stream().map(HostileInputsTest::signature).toList());
        var other = HostileInputs.plan(operations, OWN, HostileInputs.SEED + 1, HostileInputs.REQUESTS);
        assertNotEquals(plan.cases().stream().map(HostileInputsTest::signature).toList(),
                other.cases().stream().map(HostileInputsTest::signature).toList());
    }

    @Test
    void everyOperationIsSentOrSkippedForAReason() {
        var sent = plan.cases().stream().map(c -> c.operation().key()).collect(Collectors.toSet());
        for (Operation operation : operations) {
            assertTrue(sent.contains(operation.key()) ^ plan.skipped().containsKey(operation.key()), operation::toString);
        }
    }

    @Test
    void onlyClosingTheAccountIsSkipped() {
        // a new write without a path id lands here: give it a base body invalid in two fields in HostileInputs.BASE_BODIES
        assertEquals(HostileInputs.SKIPPED.keySet(), plan.skipped().keySet(), plan.skipped()::toString);
    }

    @Test
    void everyBaseBodyBelongsToAWriteOfTheApiAndIsAnObjectOrNothing() {
        var writes = operations.stream().filter(Operation::isWrite).map(Operation::key).collect(Collectors.toSet());
        for (var entry : HostileInputs.BASE_BODIES.entrySet()) {
            assertTrue(writes.contains(entry.getKey()), () -> entry.getKey() + " is no write of the API any more");
            if (!entry.getValue().isEmpty()) {
                try (var reader = Json.createReader(new StringReader(entry.getValue()))) {
                    assertTrue(reader.readObject().size() >= 1, entry::getKey);
                }
            }
        }
    }

    @Test
    void noWriteNamesAnIdThatCouldExistOrARealJobOrClimbsToAnotherPath() {
        var jobs = Arrays.stream(PortalJob.values()).map(PortalJob::id).collect(Collectors.toSet());
        List<String> wrong = new ArrayList<>();
        for (Case c : plan.cases()) {
            if (!c.operation().isWrite() && !Set.of("POST", "PUT", "PATCH", "DELETE").contains(c.request().method())) {
                continue;
            }
            pathValues(c).forEach((name, value) -> {
                if (COULD_EXIST.matcher(value).matches() || jobs.contains(value) || HostileInputs.TRAVERSALS.contains(value)) {
                    wrong.add(c.request().method() + " " + c.request().path() + " (" + c.mutator() + ")");
                }
            });
        }
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " writes name something that may exist, e.g. " + wrong.subList(0,
                Math.min(5, wrong.size())));
    }

    @Test
    void readsMayNameTheCallersOwnObjectsWritesNever() {
        assertEquals("api/v1/invoices/17", plain("GET invoices/{id}").request().path().replaceFirst("\\?.*", ""));
        assertEquals("api/v1/invoices/17/credit-notes/18", plain("GET invoices/{id}/credit-notes/{note}").request().path()
                .replaceFirst("\\?.*", ""));
        assertEquals("api/v1/admin/invoices/0/paid", plain("POST admin/invoices/{id}/paid").request().path());
        assertEquals("api/v1/admin/jobs/no-such-job/run", plain("POST admin/jobs/{job}/run").request().path()
                .replaceFirst("\\?.*", ""));
    }

    @Test
    void aGroupsPowerNamesAGroupTheCallerHasNotAndAContainersIdNoneThatExists() {
        assertEquals("api/v1/environment/groups/no-such-group/drain", plain("POST environment/groups/{group}/{action}").request()
                .path());
        assertEquals("api/v1/workloads/0/drain", plain("POST workloads/{id}/{action}").request().path());
        assertTrue(HostileInputs.BASE_BODIES.get("PUT environment/containers/{nodeId}").contains("\"group\":\"no group!\""),
                "the group field is fuzzed too, from a name no rule takes");
    }

    @Test
    void eachCaseIsSentAsTheRoleItsOperationNeeds() {
        assertEquals(As.ANONYMOUS, plain("POST signup").as());
        assertEquals(As.TENANT, plain("GET usage").as());
        assertEquals(As.TENANT, plain("GET me").as());
        assertEquals(As.ADMIN, plain("POST admin/nodes").as());
        assertEquals(As.ACCOUNTANT, plain("GET admin/invoices").as(), "a read the accountant may make");
        assertEquals(As.ACCOUNTANT, plain("GET accounting/exports").as());
        assertEquals(As.ADMIN, plain("GET admin/settings").as());
    }

    @Test
    void everyWriteThatReadsABodyGetsBodiesOverTheCapAndEveryWriteTwoMebibytes() {
        for (Operation operation : operations) {
            if (!operation.isWrite() || plan.skipped().containsKey(operation.key())) {
                continue;
            }
            var bodies = plan.cases().stream().filter(c -> c.operation() == operation && c.request().size() > JsonBody.MAX_BYTES)
                    .toList();
            assertTrue(bodies.stream().anyMatch(c -> c.request().size() >= 2 * 1024 * 1024), operation::toString);
            if (operation.readsBody()) {
                assertTrue(bodies.size() >= 3 && bodies.stream().allMatch(Case::expectTooLarge), operation::toString);
            } else {
                assertFalse(bodies.stream().anyMatch(Case::expectTooLarge), operation::toString);
            }
        }
    }

    @Test
    void aMethodMutatorNeverNamesAMethodDeclaredAtThePath() {
        var declared = operations.stream().map(Operation::key).collect(Collectors.toSet());
        for (Case c : plan.cases()) {
            if (c.mutator().startsWith("method:")) {
                assertFalse(declared.contains(c.request().method() + " " + c.operation().template()), c::toString);
            }
        }
    }

    @Test
    void everyRequestHeadStaysWellUnderTheContainers8KiB() {
        // over it the container may drop the connection unanswered, which the IT counts as a failure
        for (Case c : plan.cases()) {
            int head = c.request().method().length() + c.request().path().length() + c.request().headers().entrySet().stream()
                    .mapToInt(h -> h.getKey().length() + h.getValue().length() + 4).sum();
            assertTrue(head < 6_500, () -> head + " bytes of request line and headers: " + c.mutator());
        }
    }

    @Test
    void javasClientCanSendEveryCase() {
        URI base = URI.create("http://127.0.0.1:8080/hyperchain/");
        for (Case c : plan.cases()) {
            var builder = HttpRequest.newBuilder(base.resolve(c.request().path()));
            c.request().headers().forEach(builder::header);
            builder.method(c.request().method(), HttpRequest.BodyPublishers.noBody()).build();
        }
    }
}
