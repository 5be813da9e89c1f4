package io.hyperchain.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.tenant.Role;
import io.hyperchain.web.ApiOperations.Operation;
import io.hyperchain.web.ApiOperations.Parameter;
import io.hyperchain.web.HostileInputs.As;
import io.hyperchain.web.HostileInputs.Case;
import io.hyperchain.web.OneOfEverything.Kind;
import io.hyperchain.web.api.JsonBody;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Callers who mean harm, against the real WAR on the real database, over every operation of the API
 * ({@link ApiOperations}: the OpenAPI document the portal serves, merged with its compiled resource
 * classes, so a new endpoint is covered the day it is added):
 * <ul>
 *   <li>a tenant who tries another tenant's ids everywhere finds nothing (404, never a 403 that says
 *       it exists, never its data), an accountant writes nothing, a tenant reaches no admin route or
 *       page;</li>
 *   <li>ten thousand malformed requests get no 5xx and no stack trace, and every body over 64 KiB is
 *       refused with 413.</li>
 * </ul>
 * Both print what they sent (a table, a summary) for the record. One class for both: each IT class is
 * one more deployment.
 */
class HostileCallersIT extends PortalIT {

    private static final String PASSWORD = "hostile callers' password";

    /** What a stack trace looks like in a body; "Exception" alone counts only in an error answer (see {@link #leaks}). */
    private static final List<String> TRACE_MARKERS = List.of("\tat ", "Caused by", "at io.", "at org.");

    private static final int THREADS = 8;

    /** Not sent in the sweep, and why. */
    private static final Map<String, String> NOT_SWEPT = Map.of("POST me/close",
            "acts on the caller's own account only (it closes it); closing the stranger would leave the rest of the "
                    + "sweep talking to a closed account");

    /** What a path parameter that is no id gets in the sweep (all are refused to the stranger before use). */
    private static final Map<String, String> WORDS = Map.of("decision", "reject", "action", "activate", "job", "node-health");

    private ApiCaller signUp(String prefix) {
        String email = TestEnvironment.unique(prefix) + "@example.com";
        var reply = new PortalClient(base).signUp(TestEnvironment.unique(prefix), email, PASSWORD);
        assertEquals(201, reply.status(), () -> "signing up " + email + ": " + reply);
        return ApiCaller.logIn(base, email, PASSWORD);
    }

    private ApiCaller newAccountant(ApiCaller admin) {
        String email = TestEnvironment.unique("books") + "@example.com";
        var made = admin.send(ApiCaller.Request.json("POST", "api/v1/admin/users",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"ACCOUNTANT\"}"));
        assertEquals(201, made.status(), () -> "making an accountant: " + made);
        return ApiCaller.logIn(base, email, PASSWORD);
    }

    private static long tenantId(ApiCaller caller) {
        var me = caller.get("api/v1/me");
        assertEquals(200, me.status(), me::toString);
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(me.body()))) {
            return reader.readObject().getJsonNumber("tenantId").longValue();
        }
    }

    /** Whether the answer shows a stack trace, or (in an error answer) an exception's name. */
    private static Optional<String> leaks(ApiCaller.Answer answer) {
        for (String marker : TRACE_MARKERS) {
            if (answer.body().contains(marker)) {
                return Optional.of("a stack trace (\"" + marker.replace("\t", "\\t") + "\")");
            }
        }
        // an admin's job history may name the exception a run failed with: data, not a leak; an error answer may not
        if (answer.status() >= 400 && answer.body().contains("Exception")) {
            return Optional.of("an exception's name in an error answer");
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------------------------------------
    // A. isolation

    /** What the stranger's call must get. */
    private enum Expect {
        /** a route of another role: 403 role.required, before anything is read */
        ROLE_REQUIRED,
        /** the owner's id in the path: 404, exactly as for an id that does not exist */
        NOT_FOUND,
        /** the owner's ids in the body: refused (4xx), but never 403, which would say they exist */
        REFUSED,
        /** nothing of the owner's named: whatever the stranger's own data gives, below 500 */
        OWN
    }

    private record Call(Operation operation, ApiCaller.Request request, Expect expect, String note) {
    }

    /**
     * The stranger's calls of one operation: every path parameter the owner's id of the matching kind
     * (a parameter whose name and place say nothing: one call per kind), and for writes a body naming
     * the owner's things.
     */
    private static List<Call> strangersCalls(Operation operation, OneOfEverything owner) {
        List<Map<String, String>> paths = new ArrayList<>();
        paths.add(new LinkedHashMap<>());
        boolean namesOwner = false;
        for (Parameter p : operation.parameters()) {
            Optional<Kind> kind = owner.kindOf(p);
            List<Map<String, String>> next = new ArrayList<>();
            for (var path : paths) {
                if (WORDS.containsKey(p.name())) {
                    path.put(p.name(), WORDS.get(p.name()));
                    next.add(path);
                } else if (kind.isPresent()) {
                    path.put(p.name(), Long.toString(owner.id(kind.get())));
                    next.add(path);
                } else {
                    for (long id : owner.ids().values().stream().distinct().toList()) {
                        var each = new LinkedHashMap<>(path);
                        each.put(p.name(), Long.toString(id));
                        next.add(each);
                    }
                }
            }
            namesOwner |= !WORDS.containsKey(p.name());
            paths = next;
        }
        boolean tenantRoute = operation.allows(Role.TENANT) && !operation.template().startsWith("admin");
        List<Call> calls = new ArrayList<>();
        for (var path : paths) {
            String url = operation.path(path);
            Expect pathExpect = !tenantRoute ? Expect.ROLE_REQUIRED : namesOwner ? Expect.NOT_FOUND : Expect.OWN;
            if (!operation.isWrite()) {
                calls.add(new Call(operation, ApiCaller.Request.of(operation.method(), url), pathExpect, "owner's ids in the path"));
                continue;
            }
            if (operation.method().equals("DELETE")) { // a DELETE carries no body (the container refuses one with 400)
                calls.add(new Call(operation, ApiCaller.Request.of("DELETE", url), pathExpect, "owner's ids in the path"));
                continue;
            }
            calls.add(new Call(operation, ApiCaller.Request.json(operation.method(), url, "{}"), pathExpect, "{}"));
            // a body is the owner's ids only for an endpoint that reads one (a release or a stop ignores it)
            Expect bodyExpect = !tenantRoute ? Expect.ROLE_REQUIRED : namesOwner ? Expect.NOT_FOUND
                    : operation.readsBody() ? Expect.REFUSED : Expect.OWN;
            calls.add(new Call(operation, ApiCaller.Request.json(operation.method(), url, owner.idsBody()), bodyExpect,
                    "every owner's id in the body"));
        }
        // the bodies that name the owner's things the way these endpoints read them
        switch (operation.key()) {
            case "POST disk-upgrade-requests" -> {
                calls.add(new Call(operation, ApiCaller.Request.json("POST", operation.path(Map.of()),
                        "{\"allotmentId\":" + owner.id(Kind.ALLOTMENT) + ",\"newMainDiskGiB\":3}"), Expect.NOT_FOUND, "owner's allotment"));
                calls.add(new Call(operation, ApiCaller.Request.json("POST", operation.path(Map.of()),
                        "{\"workloadId\":" + owner.id(Kind.WORKLOAD) + ",\"newMainDiskGiB\":3}"), Expect.NOT_FOUND, "owner's workload"));
            }
            case "POST environment/start" -> calls.add(new Call(operation, ApiCaller.Request.json("POST", operation.path(Map.of()),
                    "{\"nodeIds\":[" + owner.id(Kind.NODE) + "]}"), Expect.NOT_FOUND, "owner's node"));
            // a group is named, not numbered: the owner's group's name, with a real action, is the stranger's nothing
            case "POST environment/groups/{group}/{action}" -> calls.add(new Call(operation, ApiCaller.Request.json("POST",
                    operation.path(Map.of("group", owner.groupName(), "action", "poweroff")), "{}"), Expect.NOT_FOUND,
                    "owner's group"));
            default -> {
            }
        }
        return calls;
    }

    /** The problem with the stranger's answer, if any. */
    private static Optional<String> judge(Call call, ApiCaller.Answer answer, OneOfEverything owner) {
        if (answer.failure() != null) {
            return Optional.of("no answer: " + answer.failure());
        }
        if (answer.status() >= 500) {
            return Optional.of("a server error");
        }
        var leak = leaks(answer);
        if (leak.isPresent()) {
            return leak;
        }
        for (String marker : owner.markers()) {
            if (answer.body().contains(marker)) {
                return Optional.of("the owner's data (\"" + marker + "\") in the answer");
            }
        }
        int status = answer.status();
        return switch (call.expect()) {
            case ROLE_REQUIRED -> status == 403 && (call.operation().access() == ApiOperations.Access.NOBODY
                    || "role.required".equals(answer.code())) ? Optional.empty() : Optional.of("expected 403 role.required");
            case NOT_FOUND -> status == 404 ? Optional.empty() : Optional.of("expected 404, as for an id that does not exist");
            case REFUSED -> status >= 400 && status != 403 ? Optional.empty()
                    : Optional.of("expected a refusal (4xx, not 403) for a body naming the owner's things");
            case OWN -> Optional.empty();
        };
    }

    @Test
    void anotherTenantsIdsFindNothingAnAccountantWritesNothingAndATenantReachesNoAdminRouteOrPage() throws Exception {
        long started = System.nanoTime();
        var discovery = ApiOperations.discover(base);
        System.out.println("isolation sweep: " + discovery.note());
        SharedCluster.ensure(base);
        var admin = ApiCaller.logIn(base, TestEnvironment.adminEmail(), TestEnvironment.adminPassword());
        var owner = OneOfEverything.create(base, admin, PASSWORD);
        Long strangerId = null;
        try {
            ownerSeesWhatItOwns(owner);
            var stranger = signUp("stranger");
            strangerId = tenantId(stranger);
            var accountant = newAccountant(admin);
            var before = owner.fingerprint();
            List<String> table = new ArrayList<>();
            List<String> failures = new ArrayList<>();

            for (Operation operation : discovery.operations()) {
                if (NOT_SWEPT.containsKey(operation.key())) {
                    table.add(String.format("%-10s %-58s %s", "skipped", operation.key(), NOT_SWEPT.get(operation.key())));
                    continue;
                }
                for (Call call : strangersCalls(operation, owner)) {
                    var answer = stranger.send(call.request());
                    table.add(row("tenant", call.request(), answer, call.expect() + ", " + call.note()));
                    judge(call, answer, owner).ifPresent(problem -> failures.add("the stranger " + call.request().method() + " "
                            + call.request().path() + " (" + call.note() + "): " + problem + "; got " + answer));
                }
            }

            // an accountant reads the books and writes nothing, anywhere; a route not for accountants is a 403
            for (Operation operation : discovery.operations()) {
                if (operation.access() == ApiOperations.Access.PUBLIC || operation.access() == ApiOperations.Access.LOGGED_IN
                        || (!operation.isWrite() && operation.allows(Role.ACCOUNTANT))) {
                    // sign-up is open to everyone; its own password, tokens and address are every user's to change;
                    // reads of the accountant's role are its job
                    continue;
                }
                var call = strangersCalls(operation, owner).stream().filter(c -> !c.note().equals("{}") || !operation.isWrite())
                        .findFirst().orElseThrow();
                var answer = accountant.send(call.request());
                table.add(row("accountant", call.request(), answer, operation.isWrite() ? "a write" : "not the accountant's"));
                boolean refused = operation.isWrite() ? answer.status() == 403 || answer.status() == 404
                        : answer.status() == 403 && "role.required".equals(answer.code());
                if (!refused || answer.status() >= 500 || leaks(answer).isPresent()) {
                    failures.add("the accountant " + call.request().method() + " " + call.request().path() + ": expected "
                            + (operation.isWrite() ? "403 (or 404), never a write" : "403 role.required") + "; got " + answer);
                }
            }

            pagesForTheStranger(stranger, owner, table, failures);

            // the sweep rides on a session (a Basic login costs 600,000 rounds of PBKDF2 per request); Basic decides the same
            var basic = new PortalClient(base).basic(stranger.who(), PASSWORD).get("api/v1/invoices/" + owner.id(Kind.INVOICE));
            table.add(String.format("%-10s %-6s %-52s %3d", "basic", "GET", "api/v1/invoices/" + owner.id(Kind.INVOICE), basic.status()));
            if (basic.status() != 404) {
                failures.add("the stranger with HTTP Basic GET api/v1/invoices/" + owner.id(Kind.INVOICE) + ": expected 404; got " + basic);
            }

            var after = owner.fingerprint();
            System.out.println("isolation sweep: " + table.size() + " calls in " + seconds(started) + " s (stranger tenant "
                    + strangerId + ", owner tenant " + owner.tenantId + ", owner's ids " + owner.ids() + ")");
            table.forEach(System.out::println);
            assertAll(
                    () -> assertEquals(before, after, "the owner's rows changed during the sweep"),
                    () -> assertTrue(failures.isEmpty(), () -> failures.size() + " calls broke the isolation rules:\n  "
                            + String.join("\n  ", failures)));
        } finally {
            owner.remove();
            if (strangerId != null) {
                TestDatabase.update("delete from environment where tenant_id = ?", strangerId);
            }
        }
    }

    /** The owner reads each of its things: the ids the sweep uses are real, so the stranger's 404s mean something. */
    private static void ownerSeesWhatItOwns(OneOfEverything owner) {
        var own = owner.session;
        var invoice = own.get("api/v1/invoices/" + owner.id(Kind.INVOICE));
        assertEquals(200, invoice.status(), () -> "the owner reads its invoice: " + invoice);
        assertTrue(invoice.body().contains("\"id\":" + owner.id(Kind.CREDIT_NOTE)), () -> "with its credit note: " + invoice);
        assertTrue(own.get("api/v1/nodes").body().contains("\"id\":" + owner.id(Kind.NODE)), "the owner sees its node");
        assertTrue(own.get("api/v1/environment").body().contains("\"nodeId\":" + owner.id(Kind.NODE)),
                "the owner sees its environment's container");
        assertTrue(own.get("api/v1/environment").body().contains("\"group\":\"" + owner.groupName() + "\""),
                "the owner sees its container's group");
        var disks = own.get("api/v1/disks").body();
        assertTrue(disks.contains("\"id\":" + owner.id(Kind.ALLOTMENT)) && disks.contains("pendingUpgradeMiB"),
                () -> "the owner sees its disk and the upgrade waiting: " + disks);
        assertTrue(own.get("api/v1/notifications").body().contains("\"id\":" + owner.id(Kind.NOTIFICATION)),
                "the owner sees its notification");
    }

    /**
     * Pages: no page under /ui takes an id (no f:viewParam), so the stranger opens each page with its
     * own session, as a browser does: admin and accounting pages are refused (403), its own pages open
     * and show nothing of the owner's.
     */
    private void pagesForTheStranger(ApiCaller stranger, OneOfEverything owner, List<String> table, List<String> failures)
            throws Exception {
        Path webapp = Path.of("src/main/webapp");
        List<String> pages;
        try (Stream<Path> files = Files.walk(webapp.resolve("ui"))) {
            pages = files.filter(f -> f.toString().endsWith(".xhtml")).map(f -> webapp.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertTrue(pages.size() >= 5, () -> "the pages under " + webapp.toAbsolutePath() + "/ui: " + pages);
        for (String page : pages) {
            var answer = stranger.send(ApiCaller.Request.of("GET", page));
            boolean staffOnly = page.startsWith("ui/admin/") || page.startsWith("ui/accounting/");
            table.add(row("page", ApiCaller.Request.of("GET", page), answer, staffOnly ? "staff only" : "the stranger's own"));
            boolean fine = staffOnly ? answer.status() == 403 : answer.status() == 200;
            // a page names exception types in the error-page map PrimeFaces renders into every page
            // (web.xml's error pages, for its ajax handler): only a stack trace is a leak there
            var leak = TRACE_MARKERS.stream().filter(answer.body()::contains).findFirst().map(m -> "a stack trace");
            var marker = owner.markers().stream().filter(answer.body()::contains).findFirst();
            if (!fine || leak.isPresent() || marker.isPresent()) {
                failures.add("the stranger's browser GET " + page + ": expected " + (staffOnly ? "403" : "200 showing nothing of the owner's")
                        + "; got " + answer.status() + leak.map(l -> ", " + l).orElse("")
                        + marker.map(m -> ", the owner's \"" + m + "\"").orElse("") + ": " + answer);
            }
        }
    }

    private static String row(String who, ApiCaller.Request request, ApiCaller.Answer answer, String expected) {
        String code = answer.code();
        return String.format("%-10s %-6s %-52s %3d %-24s %s", who, request.method(), abbreviate(request.path(), 52),
                answer.status(), code == null ? "" : code, expected);
    }

    private static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private static String seconds(long since) {
        return String.format("%.1f", (System.nanoTime() - since) / 1e9);
    }

    // ---------------------------------------------------------------------------------------------
    // B. hostile input

    /** One request's fate. */
    private record Outcome(Case sent, ApiCaller.Answer answer, String problem) {
    }

    /**
     * The problem with an answer to a hostile request, if any: no answer (unless the body was over
     * the cap: a server may close the connection on what it will not read), a 5xx, a stack trace,
     * a body over the cap not refused with 413, or a write that was taken.
     */
    private static Optional<String> judge(Case sent, ApiCaller.Answer answer) {
        if (answer.failure() != null) {
            return sent.request().size() > JsonBody.MAX_BYTES ? Optional.empty() : Optional.of("no answer");
        }
        if (answer.status() >= 500) {
            return Optional.of("HTTP " + answer.status());
        }
        var leak = leaks(answer);
        if (leak.isPresent()) {
            return leak;
        }
        if (sent.expectTooLarge() && answer.status() != 413
                && !(answer.status() == 404 && !sent.operation().parameters().isEmpty())) {
            return Optional.of("a body over " + JsonBody.MAX_BYTES + " bytes not refused with 413");
        }
        String method = sent.request().method();
        boolean writes = Set.of("POST", "PUT", "PATCH", "DELETE").contains(method);
        // only the tenant's stop and release (no body, no id, nothing to act on) may succeed
        boolean mayBeTaken = method.equals(sent.operation().method()) && "".equals(HostileInputs.BASE_BODIES.get(sent.operation().key()))
                && sent.operation().parameters().isEmpty();
        if (writes && answer.status() / 100 == 2 && !mayBeTaken) {
            return Optional.of("a hostile write was taken (HTTP " + answer.status() + "): check HostileInputs.BASE_BODIES");
        }
        return Optional.empty();
    }

    /** Rows whose change would mean the fuzz changed real state. */
    private static Map<String, String> sharedState() throws Exception {
        var state = new LinkedHashMap<String, String>();
        state.put("settings", TestDatabase.text("select group_concat(concat(name, '=', value) order by name) from setting"));
        state.put("schedules", TestDatabase.text("select group_concat(concat(job, '=', cron) order by job) from job_schedule"));
        state.put("nodes", TestDatabase.text("select concat(count(*), ':', coalesce(sum(crc32(concat_ws(':', id, name, docker_host, "
                + "state, cpu, memory_gib, disk_gib, sub_disk_gib))), 0)) from node"));
        state.put("price plans", TestDatabase.text("select count(*) from price_plan"));
        state.put("tenants", TestDatabase.text("select count(*) from tenant"));
        state.put("users", TestDatabase.text("select count(*) from user_account"));
        state.put("approvals", TestDatabase.text("select concat(count(*), ':', coalesce(sum(crc32(concat_ws(':', id, state, "
                + "coalesce(decided_by, '-')))), 0)) from approval"));
        state.put("invoices paid or credited", TestDatabase.text("select concat(count(paid_at), '/', coalesce(sum(credited), 0)) "
                + "from invoice"));
        state.put("credit notes", TestDatabase.text("select count(*) from credit_note"));
        state.put("tenant plans", TestDatabase.text("select count(*) from tenant_plan"));
        state.put("assignments", TestDatabase.text("select count(*) from assignment"));
        return state;
    }

    @Test
    void tenThousandMalformedRequestsGetNoServerErrorNoStackTraceAndNoBodyOverTheCap() throws Exception {
        long started = System.nanoTime();
        var discovery = ApiOperations.discover(base);
        System.out.println("hostile input: " + discovery.note());
        var admin = ApiCaller.logIn(base, TestEnvironment.adminEmail(), TestEnvironment.adminPassword());
        // the fuzzing tenant holds no node, no disk, no environment: its starts, stops and disk requests act on nothing;
        // it has one invoice (2001-01, a customer since 2000-12), so reads get past "not found" into documents
        var tenant = signUp("fuzz");
        long tenantId = tenantId(tenant);
        try {
            assertEquals("[]", tenant.get("api/v1/nodes").body(), "the fuzzing tenant must hold no node");
            TestDatabase.update("update tenant set created_at = '2000-12-01 00:00:00' where id = ?", tenantId);
            var invoice = OneOfEverything.Invoice.insert(tenantId);
            var accountant = newAccountant(admin);
            Map<As, ApiCaller> callers = new EnumMap<>(As.class);
            callers.put(As.ANONYMOUS, ApiCaller.anonymous(base));
            callers.put(As.TENANT, tenant);
            callers.put(As.ADMIN, admin);
            callers.put(As.ACCOUNTANT, accountant);

            var plan = HostileInputs.plan(discovery.operations(), Map.of("invoices/{id}", Long.toString(invoice.id()),
                    "credit-notes/{note}", Long.toString(invoice.creditNoteId())), HostileInputs.SEED, HostileInputs.REQUESTS);
            System.out.printf("hostile input: %d requests from seed %d on %d threads; not sent: %s%n", plan.cases().size(),
                    HostileInputs.SEED, THREADS, plan.skipped());
            var before = sharedState();

            long sending = System.nanoTime();
            var outcomes = new ConcurrentLinkedQueue<Outcome>();
            var done = new AtomicInteger();
            var pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (Case sent : plan.cases()) {
                    futures.add(pool.submit(() -> {
                        var answer = callers.get(sent.as()).send(sent.request());
                        outcomes.add(new Outcome(sent, answer, judge(sent, answer).orElse(null)));
                        int n = done.incrementAndGet();
                        if (n % 2000 == 0) {
                            System.out.printf("hostile input: %d sent, %s s%n", n, seconds(sending));
                        }
                    }));
                }
                for (Future<?> future : futures) {
                    future.get(10, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
            double took = (System.nanoTime() - sending) / 1e9;

            report(plan, outcomes, took);
            var after = sharedState();
            String nodes = tenant.get("api/v1/nodes").body();
            long upgrades = TestDatabase.number("select count(*) from disk_upgrade where tenant_id = ?", tenantId);

            // distinct failures: one line per (status class, operation, mutator family), with an example to replay
            Map<String, Outcome> distinct = new TreeMap<>();
            for (Outcome o : outcomes) {
                if (o.problem() != null) {
                    String status = o.answer().failure() != null ? "no answer" : (o.answer().status() / 100) + "xx";
                    distinct.putIfAbsent(status + " " + o.sent().operation().key() + " " + o.sent().family() + ": " + o.problem(), o);
                }
            }
            long failed = outcomes.stream().filter(o -> o.problem() != null).count();
            System.out.println("hostile input: all done in " + seconds(started) + " s, " + failed + " failed");
            assertAll(
                    () -> assertEquals(before, after, "the hostile requests changed shared state (a write was taken: see "
                            + "HostileInputs.BASE_BODIES)"),
                    () -> assertEquals("[]", nodes, "the fuzzing tenant still holds no node"),
                    () -> assertEquals(0, upgrades, "the fuzzing tenant asked for no bigger disk"),
                    () -> assertTrue(distinct.isEmpty(), () -> failed + " of " + outcomes.size() + " hostile requests failed, "
                            + distinct.size() + " distinct (status class, operation, mutator). Replay each (a 500's incident id "
                            + "is in the server log with its stack trace), fix it, and pin the fix with a unit test (JsonBodyTest "
                            + "for what a body does):\n" + distinct.entrySet().stream()
                            .map(e -> "  " + e.getKey() + "\n      e.g. as " + e.getValue().sent().as() + ": "
                                    + e.getValue().sent().request().method() + " "
                                    + abbreviate(e.getValue().sent().request().path(), 160) + " ["
                                    + abbreviate(e.getValue().sent().mutator(), 80) + ", " + e.getValue().sent().request().size()
                                    + " bytes, headers " + abbreviate(e.getValue().sent().request().headers().toString(), 120)
                                    + "] -> " + e.getValue().answer())
                            .collect(Collectors.joining("\n"))));
        } finally {
            OneOfEverything.Invoice.deleteOf(tenantId);
            TestDatabase.update("delete from environment where tenant_id = ?", tenantId);
        }
    }

    /** A compact record of what was sent and answered: statuses per operation, resets, the slowest seconds. */
    private static void report(HostileInputs.Plan plan, ConcurrentLinkedQueue<Outcome> outcomes, double took) {
        System.out.printf("hostile input: %d answers in %.1f s (%.0f/s)%n", outcomes.size(), took, outcomes.size() / took);
        Map<String, Map<String, Integer>> byOperation = new TreeMap<>();
        Map<String, Integer> overall = new TreeMap<>();
        long resets = 0;
        for (Outcome o : outcomes) {
            String status = o.answer().failure() != null ? "reset" : Integer.toString(o.answer().status());
            if (o.answer().failure() != null) {
                resets++;
            }
            byOperation.computeIfAbsent(o.sent().operation().key(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
            overall.merge(status, 1, Integer::sum);
        }
        System.out.println("hostile input: statuses " + overall + (resets == 0 ? ""
                : "; " + resets + " connections closed on bodies over the cap (allowed)"));
        byOperation.forEach((operation, statuses) -> System.out.printf("  %-48s %s%n", operation, statuses));
        var sizes = new ConcurrentHashMap<String, Integer>();
        plan.cases().stream().filter(Case::expectTooLarge).forEach(c -> sizes.merge(c.operation().key(), 1, Integer::sum));
        System.out.println("hostile input: bodies over the cap sent to " + sizes.size() + " operations that read a body: "
                + new TreeMap<>(sizes).keySet());
    }
}
