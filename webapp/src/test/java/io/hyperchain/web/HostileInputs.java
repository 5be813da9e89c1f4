package io.hyperchain.web;

import io.hyperchain.tenant.Role;
import io.hyperchain.web.ApiOperations.Operation;
import io.hyperchain.web.ApiOperations.Parameter;
import io.hyperchain.web.api.JsonBody;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Malformed requests for every operation of the API, made deterministically: first every mutator on
 * every operation once (path parameters, query parameters, headers, bodies, content types, each field
 * of a body), then random combinations of them from {@link #SEED} until there are as many as asked.
 *
 * <p>Each case is sent as the role its operation needs (a tenant, an admin, an accountant; anonymous
 * for sign-up), so that bodies are really parsed. Nothing a case does may change real state, and that
 * holds by construction, not by luck:
 * <ul>
 *   <li>a write's path ids are never ids that exist (0, -1, 99999999999999999999, "abc", ...); its job
 *       is "no-such-job", so no job is run or rescheduled (their bodies are then never read), and its
 *       group "no-such-group", none of the caller's;</li>
 *   <li>a write's body starts from a base that is invalid in at least two fields ({@link #BASE_BODIES}),
 *       and a case changes one field at most, into a value no rule takes;</li>
 *   <li>the tenant holds no node, no disk and no environment, so its start, stop, release and disk
 *       requests have nothing to act on;</li>
 *   <li>what no base body makes safe is not sent: {@link #SKIPPED}, and any write without a path
 *       parameter missing from {@link #BASE_BODIES}.</li>
 * </ul>
 * GETs may name the caller's own objects ({@code ownIds}), to get past "not found" into the code that
 * reads query parameters and renders documents.
 */
final class HostileInputs {

    /** Printed by the test; change it to explore, put it back to reproduce. */
    static final long SEED = 20_261_215L;

    /** How many requests a run sends at least; {@code -Dhyperchain.fuzz.requests=N} for more. */
    static final int REQUESTS = Integer.getInteger("hyperchain.fuzz.requests", 10_000);

    /** Random combinations made even when the mutators alone give as many cases as asked. */
    static final int MIN_RANDOM = 500;

    /** Who sends a case. */
    enum As { ANONYMOUS, TENANT, ADMIN, ACCOUNTANT }

    /** One request. {@code mutator} says what is wrong with it; {@code expectTooLarge}: a JSON body over the cap. */
    record Case(Operation operation, As as, ApiCaller.Request request, String mutator, boolean expectTooLarge) {

        /** The mutator without its value, for grouping failures: "body", "path:id", "query:month", ... */
        String family() {
            String first = mutator.split(" \\+ ")[0];
            int at = first.indexOf('=');
            return at < 0 ? first : first.substring(0, at);
        }
    }

    /** What was made and what was left out (operation, why). */
    record Plan(List<Case> cases, Map<String, String> skipped) {
    }

    /** Operations never sent, and why. */
    static final Map<String, String> SKIPPED = Map.of(
            "POST me/close", "closes the calling tenant's account and invoices its month at once; every later tenant case "
                    + "would meet a closed account");

    /** A write that reads no body: sent with the bodies anyway (they must be ignored or refused cheaply). */
    private static final String NO_BODY = "";

    /**
     * The body each write starts from, invalid in two fields or more (or aimed at nothing that exists),
     * so that no single change makes it valid. Checked against the API by HostileInputsTest.
     */
    static final Map<String, String> BASE_BODIES = Map.ofEntries(
            // email and password both break the rules
            Map.entry("POST signup", "{\"tenantName\":\"Fuzz Tenant\",\"email\":\"not-an-email\",\"password\":\"x\"}"),
            // cpu 0 and 25 hours a day
            Map.entry("POST resource-requests", "{\"cpu\":0,\"memoryGiB\":1,\"diskGiB\":1,\"hoursPerDay\":25}"),
            // no name, a scope that does not exist, an expiry not offered
            Map.entry("POST tokens", "{\"name\":\"\",\"scopes\":[\"fly\"],\"expiresInDays\":7}"),
            // a current password of the wrong type (a string would be a wrong password: counted, never right)
            // and a new one too short
            Map.entry("POST me/password", "{\"currentPassword\":12,\"newPassword\":\"x\"}"),
            // the fuzz tenant is verified already: a new link is refused; the body is not read
            Map.entry("POST me/email-verification", NO_BODY),
            // not an address: answered alike whatever it is, and no known account's address is among the bad values
            Map.entry("POST password-resets", "{\"email\":\"not an address\"}"),
            // a token nobody was sent, and a new password too short
            Map.entry("POST password-resets/confirm", "{\"token\":\"not-a-token\",\"newPassword\":\"x\"}"),
            Map.entry("POST email-verifications/confirm", "{\"token\":\"not-a-token\"}"),
            Map.entry("DELETE resource-requests", NO_BODY), // the tenant holds no node
            // the tenant holds no node, and there is no template 0
            Map.entry("POST environment/start", "{\"nodeIds\":[0],\"templateId\":0}"),
            Map.entry("POST environment/stop", NO_BODY), // nothing runs
            // no such kind, a pin that is no boolean, a group name with a space; and the tenant has no container on any node
            Map.entry("PUT environment/containers/{nodeId}", "{\"kind\":\"cron\",\"pinned\":\"yes\",\"group\":\"no group!\"}"),
            // no body read; node 0, action "drain" (no power action: 400); and the tenant has no environment (409)
            Map.entry("POST environment/containers/{nodeId}/{action}", NO_BODY),
            // no body read; workload 0, action "drain"; and the tenant has no environment, so no workload (404)
            Map.entry("POST workloads/{id}/{action}", NO_BODY),
            // no body read; group "no-such-group", action "drain"; and the tenant has no container in any group (404)
            Map.entry("POST environment/groups/{group}/{action}", NO_BODY),
            // no command, cpu 0 and no such kind; and the tenant's environment does not run (409)
            Map.entry("POST environment/tasks", "{\"command\":\"\",\"cpu\":0,\"kind\":\"cron\"}"),
            Map.entry("DELETE environment/tasks/{id}", NO_BODY), // task 0
            // the tenant has no disk; and no disk is 0 GiB
            Map.entry("POST disk-upgrade-requests", "{\"allotmentId\":0,\"workloadId\":0,\"newMainDiskGiB\":0}"),
            // a name no node may have, cpu 0, and an engine nobody answers for
            Map.entry("POST admin/nodes", "{\"name\":\"Bad Name!\",\"dockerHost\":\"tcp://127.0.0.99:2375\",\"cpu\":0,"
                    + "\"memoryGiB\":4,\"diskGiB\":20,\"subDiskGiB\":0}"),
            Map.entry("POST admin/nodes/{id}/{action}", NO_BODY), // node 0
            // a name no template may have, an image without a tag, cpu 0 and no such kind
            Map.entry("POST admin/templates", "{\"name\":\"Bad Name!\",\"image\":\"NOT AN IMAGE\",\"cpu\":0,\"memoryGiB\":4,"
                    + "\"kind\":\"cron\",\"descriptionEn\":\"fuzz\",\"descriptionKo\":\"fuzz\"}"),
            Map.entry("POST admin/approvals/{id}/{decision}", NO_BODY), // approval 0
            // not a currency, a negative fee, past the last instant, no such metric
            Map.entry("POST admin/price-plans", "{\"name\":\"fuzz plan\",\"currency\":\"XYZ1\",\"monthlyFee\":-1,"
                    + "\"validFrom\":\"2099-01-01T00:00:00+09:00\",\"default\":false,\"prices\":{\"gpu-hours\":1},\"tiers\":{}}"),
            // tenant 0, no such plan, past the last instant
            Map.entry("POST admin/tenants/{id}/plan", "{\"plan\":\"no-such-plan\",\"from\":\"2099-01-01T00:00:00+09:00\"}"),
            // invoice 0, a negative amount, no reason
            Map.entry("POST admin/invoices/{id}/credit-notes", "{\"amount\":-1,\"reason\":\"\"}"),
            Map.entry("POST admin/invoices/{id}/paid", NO_BODY), // invoice 0
            // no e-mail, a one-letter password, no such role
            Map.entry("POST admin/users", "{\"email\":\"not-an-email\",\"password\":\"x\",\"role\":\"KING\"}"),
            // no name, and a parent group 0 (none is): refused before anything is made
            Map.entry("POST admin/groups", "{\"name\":\"\",\"parentId\":0}"),
            // no such setting, and a base memory of 0 (a change is all or nothing)
            Map.entry("PUT admin/settings", "{\"fuzzUnknown\":1,\"baseMemoryGiB\":0}"),
            // job no-such-job: refused before the body is read
            Map.entry("PUT admin/jobs/{job}/schedule", "{\"cron\":\"not a cron\"}"),
            Map.entry("POST admin/jobs/{job}/run", NO_BODY)); // job no-such-job

    /** Path parameters that are no ids, and what a write gets for them (never a real job). */
    private static final Map<String, String> WORDS = Map.of("decision", "approve", "action", "drain", "job", "no-such-job",
            "group", "no-such-group");

    /**
     * Values for a path parameter, URL-safe as written. None is an id that exists. Long ones stay at
     * 2,000 characters, so that a path and a query together stay under the container's 8 KiB request line.
     */
    static final List<String> PATH_JUNK = List.of("-1", "0", "99999999999999999999", "9223372036854775807",
            "-9223372036854775809", "abc", "%00", "..%2f", "..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%C3%28", "%E2%80%AE",
            "1.5", "1e3", "0x10", "%20", "9".repeat(2000), "%25", "a%3Bb", ";x=1", "null", "%5B%5D", "%7B%7D", "1%0A2",
            "%EF%BF%BF", "%F0%9F%92%A9", "%C0%AF");

    /**
     * Path values that climb out of their segment once the container decodes them. A write gets none:
     * "admin/nodes/0/%2e%2e" is "admin/nodes", another operation, with a body made for this one.
     */
    static final java.util.Set<String> TRAVERSALS = java.util.Set.of("..%2f", "..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e");

    /** Values for a query parameter, URL-safe as written. */
    static final List<String> QUERY_JUNK = List.of("", "%00", "2026-13", "0000-01", "9999-12", "1969-12", "-1",
            "99999999999999999999", "x".repeat(2000), "%C3%28", "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%96-12",
            "..%2F..%2Fetc%2Fpasswd", "pdf", "ubl", "csv", "journal", "ko", "zz", "%3Cscript%3E", "1%27%20or%20%271%27%3D%271",
            "2026-1", "%2B2026-12", "2026-12-01", "%202026-12", "2026-12%00", "%E2%80%AE", "null", "%5B%5D");

    /** Whole query strings of odd shape. */
    static final List<String> QUERY_SHAPES = List.of("a=1&a=2", "&&&=&=", "=x", "month=2001-01&month=2026-13",
            IntStream.range(0, 300).mapToObj(i -> "p" + i + "=" + i).collect(Collectors.joining("&")));

    /** What a known query parameter gets when another is the one being broken. */
    private static final Map<String, String> QUERY_BASELINE = Map.of("month", "2001-01", "format", "csv", "lang", "ko");

    /** Headers of odd value (all printable ASCII: Java's client sends nothing else). */
    static final List<String[]> HEADER_JUNK = List.of(
            new String[] {"Accept", "application/pdf"}, new String[] {"Accept", "text/html"},
            new String[] {"Accept", "application/xml"}, new String[] {"Accept", "*/*;q=abc"}, new String[] {"Accept", "/"},
            new String[] {"Accept", "application/json;charset=bogus"}, new String[] {"Accept", "image/png, */*;q=0"},
            new String[] {"Accept", "a".repeat(1500)}, new String[] {"Accept-Language", "zz-ZZ;q=x"},
            new String[] {"Accept-Charset", "bogus"}, new String[] {"Cookie", "hc-lang=\"unterminated"},
            new String[] {"Cookie", "hc-lang=ko; hc-lang=en"}, new String[] {"Cookie", "=;;=;"},
            new String[] {"Cookie", "hc-lang=" + "k".repeat(1500)}, new String[] {"If-Modified-Since", "yesterday"},
            new String[] {"Range", "bytes=99999999999999999999-"}, new String[] {"X-HTTP-Method-Override", "DELETE"},
            new String[] {"Origin", "http://evil.example"}, new String[] {"Content-Type", "application/json; charset=\""},
            new String[] {"X-CSRF-Token", "A".repeat(100)});

    /** Content types for a body that is otherwise the base; null: no Content-Type at all. */
    static final List<String> CONTENT_TYPES = Arrays.asList("text/plain", "application/xml", null,
            "application/json; charset=utf-16", "application/json; charset=bogus", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=zz", "application/json, text/plain", ";;", "application/", "*/*",
            "application/json; charset=\"", "APPLICATION/JSON", "application/merge-patch+json");

    /**
     * Methods a path does not take. Only those no operation declares at the path are sent, so that
     * none reaches an operation the rules above do not make safe.
     */
    static final List<String> METHOD_JUNK = List.of("OPTIONS", "HEAD", "PATCH", "TRACE", "GET", "PUT", "POST", "DELETE");

    /** Content encodings the body does not have. */
    static final List<String> ENCODINGS = List.of("gzip", "deflate", "br", "gzip, gzip", "x-unknown");

    /** JSON values (as text) for one field of a body; none is what any field of a base body needs to become valid. */
    static final List<String> VALUE_JUNK = List.of("\"12\"", "\"\"", "\"~dup~\"", "\" \"", "99999999999999999999999",
            "9223372036854775808", "-9223372036854775809", "2147483648", "-1", "0", "-0", "1.5", "-2.25", "1e309", "-1e309",
            "1E+999999999", "1e-400", "NaN", "Infinity", "true", "false", "null", "[]", "{}", "[1,2,3]", "[\"a\"]", "[null]",
            "{\"a\":1}", "\"\\u0000\"", "\"\\uD800\"", "\"\\\\\"", "\"<script>alert(1)</script>\"", "\"' or '1'='1\"",
            "\"../../../../etc/passwd\"", "\"%00\"", "\"\\u202Eevil\"", "\"2001-01-01T00:00:00Z\"",
            "\"+999999999-12-31T23:59:59+18:00\"", "\"-999999999-01-01T00:00:00-18:00\"", "\"1969-12-31T23:59:59Z\"",
            "\"9999-12-31T23:59:59+14:00\"", "\"2026-13-45T99:99:99+25:00\"", "\"1e999999999\"", "\"-1e31\"", "\"0x10\"",
            "\"12 KRW\"", "\"" + "x".repeat(10_000) + "\"", "\"" + "\u00e9".repeat(20_000) + "\"",
            "\"" + "y".repeat(60_000) + "\"", "[".repeat(900) + "]".repeat(900), "[".repeat(1001) + "]".repeat(1001),
            IntStream.range(0, 5000).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]")));

    private HostileInputs() {
    }

    /**
     * The cases for these operations: every mutator once, then random combinations from {@code seed}
     * up to {@code total}, and at least {@link #MIN_RANDOM} of them. {@code ownIds}: the caller's own objects for GETs, by "segment/{parameter}"
     * ("invoices/{id}" → "17"); the others get ids that do not exist.
     */
    static Plan plan(List<Operation> operations, Map<String, String> ownIds, long seed, int total) {
        List<Case> cases = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        List<Target> targets = new ArrayList<>();
        Map<String, java.util.Set<String>> declared = operations.stream().collect(Collectors.groupingBy(Operation::template,
                Collectors.mapping(Operation::method, Collectors.toSet())));
        for (Operation operation : operations.stream().sorted(Comparator.comparing(Operation::key)).toList()) {
            if (SKIPPED.containsKey(operation.key())) {
                skipped.put(operation.key(), SKIPPED.get(operation.key()));
                continue;
            }
            String base = BASE_BODIES.get(operation.key());
            if (operation.isWrite() && base == null) {
                if (operation.parameters().isEmpty()) {
                    skipped.put(operation.key(), "a write without a path id and without a base body in "
                            + "HostileInputs.BASE_BODIES: its mutations could change real state; add a base body invalid in two fields");
                    continue;
                }
                base = "{}"; // aimed at an id that does not exist
            }
            var target = new Target(operation, as(operation), defaults(operation, ownIds), defaults(operation, Map.of()), base,
                    METHOD_JUNK.stream().filter(m -> !declared.get(operation.template()).contains(m)).toList());
            targets.add(target);
            target.everyMutatorOnce(cases);
        }
        var random = new Random(seed);
        List<Target> weighted = new ArrayList<>();
        for (Target target : targets) {
            // reads are cheap and the most numerous callers: three times as likely
            for (int i = 0; i < (target.operation.isWrite() ? 1 : 3); i++) {
                weighted.add(target);
            }
        }
        // once the mutators alone reach the total (the API keeps growing), some random combinations still follow
        int wanted = Math.max(total, cases.size() + MIN_RANDOM);
        while (cases.size() < wanted && !weighted.isEmpty()) {
            cases.add(weighted.get(random.nextInt(weighted.size())).combination(random));
        }
        return new Plan(List.copyOf(cases), skipped);
    }

    /** The role an operation is called as: its own role, so that its parameters and body are read. */
    static As as(Operation operation) {
        return switch (operation.access()) {
            case PUBLIC -> As.ANONYMOUS;
            case LOGGED_IN -> As.TENANT;
            case NOBODY -> As.TENANT;
            case ROLES -> operation.allows(Role.TENANT) ? As.TENANT
                    : operation.allows(Role.ACCOUNTANT) && !operation.isWrite() ? As.ACCOUNTANT
                    : operation.allows(Role.ADMIN) ? As.ADMIN : As.ACCOUNTANT;
        };
    }

    private static Map<String, String> defaults(Operation operation, Map<String, String> ownIds) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter p : operation.parameters()) {
            String own = operation.isWrite() ? null : ownIds.get(p.segmentBefore() + "/{" + p.name() + "}");
            values.put(p.name(), own != null ? own : WORDS.getOrDefault(p.name(), "0"));
        }
        return values;
    }

    /** One operation with its caller, default path values and base body: makes its cases. */
    private static final class Target {

        final Operation operation;
        final As as;
        final Map<String, String> defaults;
        final Map<String, String> nothing; // path values naming nothing that exists, for other methods
        final String base; // null: a read; NO_BODY: a write that reads none
        final List<String> otherMethods;
        final List<Body> bodies = new ArrayList<>();

        Target(Operation operation, As as, Map<String, String> defaults, Map<String, String> nothing, String base,
               List<String> otherMethods) {
            this.operation = operation;
            this.as = as;
            this.defaults = defaults;
            this.nothing = nothing;
            this.base = base;
            this.otherMethods = otherMethods;
            if (base != null) {
                bodies.addAll(structural(base.isEmpty() ? "{}" : base));
                bodies.addAll(contentTypes(base.isEmpty() ? "{}" : base));
                if (!base.isEmpty() && !base.equals("{}")) {
                    bodies.addAll(fields(base));
                }
            }
        }

        String query(Map<String, String> values) {
            return values.isEmpty() ? "" : "?" + values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("&"));
        }

        Map<String, String> baselineQuery() {
            Map<String, String> query = new LinkedHashMap<>();
            operation.queryParameters().stream().filter(QUERY_BASELINE::containsKey)
                    .forEach(q -> query.put(q, QUERY_BASELINE.get(q)));
            return query;
        }

        List<String> pathJunk() {
            return operation.isWrite() ? PATH_JUNK.stream().filter(j -> !TRAVERSALS.contains(j)).toList() : PATH_JUNK;
        }

        Body plainBody() {
            if (base == null) {
                return null;
            }
            return base.isEmpty() ? new Body("no body", null, null, Map.of(), false)
                    : new Body("base body", "application/json", base.getBytes(StandardCharsets.UTF_8), Map.of(), false);
        }

        Case make(Map<String, String> path, String query, Map<String, String> headers, Body body, String mutator) {
            Map<String, String> all = new LinkedHashMap<>();
            if (body != null) {
                if (body.contentType() != null) {
                    all.put("Content-Type", body.contentType());
                }
                all.putAll(body.headers());
            }
            all.putAll(headers);
            var request = new ApiCaller.Request(operation.method(), operation.path(path) + query, Map.copyOf(all),
                    body == null ? null : body.bytes());
            return new Case(operation, as, request, mutator, body != null && body.tooLarge() && operation.readsBody());
        }

        void everyMutatorOnce(List<Case> cases) {
            String baseline = query(baselineQuery());
            cases.add(make(defaults, baseline, Map.of(), plainBody(), "none"));
            for (Parameter p : operation.parameters()) {
                for (String junk : pathJunk()) {
                    var path = new LinkedHashMap<>(defaults);
                    path.put(p.name(), junk);
                    cases.add(make(path, baseline, Map.of(), plainBody(), "path:" + p.name() + "=" + abbreviate(junk)));
                }
            }
            List<String> names = new ArrayList<>(operation.queryParameters());
            names.add("zz");
            for (String name : names) {
                for (String junk : QUERY_JUNK) {
                    var query = baselineQuery();
                    query.put(name, junk);
                    cases.add(make(defaults, query(query), Map.of(), plainBody(), "query:" + name + "=" + abbreviate(junk)));
                }
            }
            for (String shape : QUERY_SHAPES) {
                cases.add(make(defaults, "?" + shape, Map.of(), plainBody(), "query:shape=" + abbreviate(shape)));
            }
            for (String[] header : HEADER_JUNK) {
                cases.add(make(defaults, baseline, Map.of(header[0], header[1]), plainBody(),
                        "header:" + header[0] + "=" + abbreviate(header[1])));
            }
            for (Body body : bodies) {
                cases.add(make(defaults, baseline, Map.of(), body, "body:" + body.label()));
            }
            for (String method : otherMethods) {
                // without a body: a HEAD or GET carrying one is another fuzz, and not a fair one for a shared connection
                var plain = make(nothing, baseline, Map.of(), null, "method:" + method);
                cases.add(new Case(operation, as, new ApiCaller.Request(method, plain.request().path(), plain.request().headers(),
                        null), plain.mutator(), false));
            }
        }

        /** A random case: maybe a broken path value, maybe a broken query value, maybe a header, and a body. */
        Case combination(Random random) {
            List<String> mutators = new ArrayList<>();
            var path = new LinkedHashMap<>(defaults);
            var parameters = operation.parameters();
            if (!parameters.isEmpty() && random.nextInt(10) < 4) {
                Parameter p = parameters.get(random.nextInt(parameters.size()));
                var junks = pathJunk();
                String junk = junks.get(random.nextInt(junks.size()));
                path.put(p.name(), junk);
                mutators.add("path:" + p.name() + "=" + abbreviate(junk));
            }
            var query = baselineQuery();
            if (random.nextInt(10) < 5) {
                List<String> names = new ArrayList<>(operation.queryParameters());
                names.add("zz");
                String name = names.get(random.nextInt(names.size()));
                String junk = QUERY_JUNK.get(random.nextInt(QUERY_JUNK.size()));
                query.put(name, junk);
                mutators.add("query:" + name + "=" + abbreviate(junk));
            }
            Map<String, String> headers = Map.of();
            if (random.nextInt(10) < 2) {
                String[] header = HEADER_JUNK.get(random.nextInt(HEADER_JUNK.size()));
                headers = Map.of(header[0], header[1]);
                mutators.add("header:" + header[0] + "=" + abbreviate(header[1]));
            }
            Body body = plainBody();
            if (base != null) {
                // the big ones were each sent once already; random cases stay small and quick
                var small = bodies.stream().filter(b -> b.bytes() == null || b.bytes().length <= 16 * 1024).toList();
                if (!small.isEmpty()) {
                    body = small.get(random.nextInt(small.size()));
                    mutators.add("body:" + body.label());
                }
            }
            return make(path, query(query), headers, body, mutators.isEmpty() ? "none" : String.join(" + ", mutators));
        }
    }

    /** A body: its bytes (null: none), Content-Type (null: none), extra headers, and whether it is over the JSON cap. */
    record Body(String label, String contentType, byte[] bytes, Map<String, String> headers, boolean tooLarge) {
    }

    private static Body json(String label, String text) {
        return json(label, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Body json(String label, byte[] bytes) {
        return new Body(label, "application/json", bytes, Map.of(), bytes.length > JsonBody.MAX_BYTES);
    }

    /** Bodies broken as a whole: no JSON, no object, cut short, too deep, too big, bytes of no encoding. */
    static List<Body> structural(String base) {
        List<Body> bodies = new ArrayList<>();
        for (String text : List.of("", "hello", "[]", "null", "\"text\"", "42", "true", "{\"x\":", "{", "}", "{\"a\":1,}",
                "{'a':1}", "{a:1}", "{} {}", "{}]", "{}x", "{\"a\":1,\"a\":2}", "{\"x\":\"\\uD800\"}", "{\"x\":\"\\u0000\"}",
                "{\"x\":1e309}", "{\"x\":1E+999999999}", "{\"x\":NaN}", "{\"x\":" + "9".repeat(1200) + "}")) {
            bodies.add(json(text.isEmpty() ? "empty" : abbreviate(text), text));
        }
        bodies.add(json("10000 [", "[".repeat(10_000)));
        bodies.add(json("5000 {\"a\":", "{\"a\":".repeat(5000)));
        bodies.add(json("object 900 deep", "{\"a\":".repeat(900) + "1" + "}".repeat(900)));
        bodies.add(json("10000 ids", IntStream.range(0, 10_000).mapToObj(Integer::toString)
                .collect(Collectors.joining(",", "{\"nodeIds\":[", "]}"))));
        bodies.add(json("bad UTF-8 C3 28", new byte[] {'{', '"', 'x', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'}));
        bodies.add(json("overlong UTF-8 C0 AF", new byte[] {'{', '"', 'x', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'}));
        bodies.add(json("FF FE {}", new byte[] {(byte) 0xFF, (byte) 0xFE, '{', '}'}));
        bodies.add(json("NUL byte", new byte[] {'{', 0, '}'}));
        bodies.add(json("base in UTF-16BE", base.getBytes(StandardCharsets.UTF_16BE)));
        bodies.add(json("base in UTF-32BE", base.getBytes(Charset.forName("UTF-32BE"))));
        byte[] bom = base.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(bom, 0, withBom, 3, bom.length);
        bodies.add(json("BOM + base", withBom));
        byte[] noise = new byte[1024];
        new Random(SEED).nextBytes(noise);
        bodies.add(json("1 KiB of random bytes", noise));
        // the JSON cap (64 KiB): at it, just over, a 1 MiB field, 2 MiB of nothing
        String padded = "{\"fuzzPadding\":\"p\"}";
        bodies.add(json("exactly 64 KiB", padded + " ".repeat(JsonBody.MAX_BYTES - padded.length())));
        bodies.add(json("70 KiB object", "{\"fuzzPadding\":\"" + "p".repeat(70 * 1024) + "\"}"));
        bodies.add(json("1 MiB string field", "{\"x\":\"" + "a".repeat(1024 * 1024) + "\"}"));
        byte[] twoMiB = new byte[2 * 1024 * 1024];
        Arrays.fill(twoMiB, (byte) 'x');
        bodies.add(json("2 MiB of x", twoMiB));
        return bodies;
    }

    /** The base body under other content types and encodings. */
    static List<Body> contentTypes(String base) {
        byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
        List<Body> bodies = new ArrayList<>();
        for (String type : CONTENT_TYPES) {
            bodies.add(new Body("Content-Type " + type, type, bytes, Map.of(), false));
        }
        for (String encoding : ENCODINGS) {
            bodies.add(new Body("Content-Encoding " + encoding, "application/json", bytes, Map.of("Content-Encoding", encoding),
                    false));
        }
        return bodies;
    }

    /** Each field of the base body broken in turn: every junk value, missing, sent twice; and a field too many. */
    static List<Body> fields(String base) {
        JsonObject object;
        try (var reader = Json.createReader(new StringReader(base))) {
            object = reader.readObject();
        }
        Map<String, String> raw = new LinkedHashMap<>();
        object.forEach((name, value) -> raw.put(name, value.toString()));
        List<Body> bodies = new ArrayList<>();
        for (String field : raw.keySet()) {
            for (String junk : VALUE_JUNK) {
                var changed = new LinkedHashMap<>(raw);
                changed.put(field, junk);
                bodies.add(json(field + "=" + abbreviate(junk), render(changed, null)));
            }
            var without = new LinkedHashMap<>(raw);
            without.remove(field);
            bodies.add(json(field + " missing", render(without, null)));
            bodies.add(json(field + " twice", render(raw, "\"" + field + "\":\"~dup~\"")));
        }
        for (String junk : List.of("1", "\"x\"", "{\"a\":[1,{\"b\":null}]}", "\"" + "z".repeat(10_000) + "\"")) {
            bodies.add(json("one field too many=" + abbreviate(junk), render(raw, "\"fuzzExtra\":" + junk)));
        }
        return bodies;
    }

    private static String render(Map<String, String> fields, String extra) {
        var parts = fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.toCollection(ArrayList::new));
        if (extra != null) {
            parts.add(extra);
        }
        return "{" + String.join(",", parts) + "}";
    }

    static String abbreviate(String text) {
        String line = text.replaceAll("[\\r\\n\\t]", " ");
        return line.length() <= 40 ? line : line.substring(0, 24) + "…(" + line.length() + " chars)";
    }
}
