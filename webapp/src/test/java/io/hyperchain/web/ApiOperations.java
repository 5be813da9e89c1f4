package io.hyperchain.web;

import io.hyperchain.tenant.Role;
import io.hyperchain.web.api.ResourceMethods;
import io.hyperchain.web.api.ResourceMethods.ResourceMethod;
import io.hyperchain.web.security.AccessRule;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every operation of the REST API v1 (method and path template under /api/v1), for the tests that
 * call all of them: walked from the OpenAPI document MicroProfile OpenAPI serves at the server's
 * {@code /openapi}, and from the compiled resource classes ({@link ResourceMethods}, the scan
 * {@code ResourceAccessTest} uses). The union is taken: the document is what a client sees, the
 * classes say who may call each method (the document's x-access/x-roles come from them too) and cover the API
 * when the document is not served. A new endpoint is in the list without anyone editing a test.
 */
final class ApiOperations {

    /** Fewer than this means the discovery is broken, not that the API shrank. */
    static final int AT_LEAST = 25;

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*(?::[^}]*)?}");
    private static final String PREFIX = "api/v1";

    private ApiOperations() {
    }

    /** Who may call an operation, as {@code AccessGuard} decides it. */
    enum Access { PUBLIC, LOGGED_IN, ROLES, NOBODY }

    /** Where an operation was found. */
    enum Source { OPENAPI, CLASSES, BOTH }

    /** A path parameter and the literal segment before it ("invoices" for invoices/{id}; "" at the start). */
    record Parameter(String name, String segmentBefore) {
    }

    /**
     * One operation. {@code template} is relative to /api/v1 ("invoices/{id}/credit-notes/{note}");
     * {@code roles} matter for {@link Access#ROLES}; {@code guessed}: found only in the document, so its
     * access was guessed from the path (admin/…: ADMIN, accounting/…: ACCOUNTANT, else TENANT).
     */
    record Operation(String method, String template, Access access, Set<Role> roles, boolean readsBody,
                     List<String> queryParameters, Source source, boolean guessed) {

        String key() {
            return method + " " + template;
        }

        boolean isWrite() {
            return !Set.of("GET", "HEAD", "OPTIONS").contains(method);
        }

        boolean allows(Role role) {
            return switch (access) {
                case PUBLIC, LOGGED_IN -> true;
                case ROLES -> roles.contains(role);
                case NOBODY -> false;
            };
        }

        List<Parameter> parameters() {
            List<Parameter> parameters = new ArrayList<>();
            String before = "";
            for (String segment : template.split("/")) {
                Matcher m = PARAMETER.matcher(segment);
                if (m.matches()) {
                    parameters.add(new Parameter(m.group(1), before));
                }
                before = segment;
            }
            return parameters;
        }

        /** The path under the portal's base ("api/v1/invoices/17"), each parameter replaced as given (already URL-safe). */
        String path(Map<String, String> values) {
            Matcher m = PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (m.find()) {
                String value = values.get(m.group(1));
                if (value == null) {
                    throw new IllegalArgumentException("no value for {" + m.group(1) + "} of " + key());
                }
                m.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            m.appendTail(path);
            return template.isEmpty() ? PREFIX : PREFIX + "/" + path;
        }

        @Override
        public String toString() {
            return key() + " [" + (access == Access.ROLES ? roles : access) + (guessed ? ", guessed" : "") + ", " + source + "]";
        }
    }

    /** What was found, and how: {@code note} says where the list came from, for the test's output. */
    record Discovery(List<Operation> operations, String note) {

        Operation find(String key) {
            return operations.stream().filter(o -> o.key().equals(key)).findFirst()
                    .orElseThrow(() -> new AssertionError(key + " is not among the API's operations: " + operations));
        }
    }

    /** The document the running portal serves, merged with the compiled classes. */
    static Discovery discover(URI base) {
        var document = fetchDocument(base);
        var fromClasses = fromClasses();
        if (document.operations() == null) {
            return check(new Discovery(fromClasses, "OpenAPI document not available (" + document.why()
                    + "): the operations come from the compiled resource classes only"));
        }
        var merged = merge(document.operations(), fromClasses);
        long both = merged.stream().filter(o -> o.source() == Source.BOTH).count();
        var onlyDocument = merged.stream().filter(o -> o.source() == Source.OPENAPI).map(Operation::key).toList();
        var onlyClasses = merged.stream().filter(o -> o.source() == Source.CLASSES).map(Operation::key).toList();
        return check(new Discovery(merged, merged.size() + " operations: " + document.operations().size()
                + " in the OpenAPI document at " + document.where() + ", " + fromClasses.size() + " in the classes, " + both
                + " in both" + (onlyDocument.isEmpty() ? "" : "; only in the document: " + onlyDocument)
                + (onlyClasses.isEmpty() ? "" : "; only in the classes: " + onlyClasses)));
    }

    /** The compiled resource classes alone (no portal needed): what the unit tests of the generators use. */
    static Discovery fromClassesOnly() {
        return check(new Discovery(fromClasses(), "the compiled resource classes"));
    }

    private static Discovery check(Discovery discovery) {
        if (discovery.operations().size() < AT_LEAST) {
            throw new AssertionError("only " + discovery.operations().size() + " operations found (" + discovery.note()
                    + "); the API has more than " + AT_LEAST + ": the discovery is broken: " + discovery.operations());
        }
        return discovery;
    }

    static List<Operation> fromClasses() {
        List<Operation> operations = new ArrayList<>();
        for (ResourceMethod m : ResourceMethods.scan()) {
            if (m.http().equals("locator")) {
                continue; // a sub-resource locator is no operation itself (the API has none today)
            }
            AccessRule rule = m.rule();
            Access access;
            Set<Role> roles = Set.of();
            if (rule instanceof AccessRule.Open) {
                access = Access.PUBLIC;
            } else if (rule instanceof AccessRule.AnyLogin) {
                access = Access.LOGGED_IN;
            } else if (rule instanceof AccessRule.AnyOf anyOf) {
                access = Access.ROLES;
                roles = Set.copyOf(anyOf.roles());
            } else {
                access = Access.NOBODY;
            }
            operations.add(new Operation(m.http(), normalize(m.path()), access, roles, m.readsBody(), m.queryParameters(),
                    Source.CLASSES, false));
        }
        operations.sort(Comparator.comparing(Operation::key));
        return operations;
    }

    private record Document(List<Operation> operations, String where, String why) {
    }

    private static Document fetchDocument(URI base) {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        List<String> tried = new ArrayList<>();
        // MicroProfile OpenAPI answers at the server's root, whatever the application's context root
        for (String path : List.of("/openapi?format=json", "/openapi/?format=json", "/openapi")) {
            URI uri = base.resolve(path);
            try {
                var response = http.send(HttpRequest.newBuilder(uri).header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
                String body = response.body().strip();
                if (response.statusCode() != 200 || !body.startsWith("{")) {
                    tried.add(uri + ": HTTP " + response.statusCode() + " " + abbreviate(body));
                    continue;
                }
                JsonObject json;
                try (var reader = Json.createReader(new StringReader(body))) {
                    json = reader.readObject();
                }
                var operations = parse(json);
                if (operations.isEmpty()) {
                    tried.add(uri + ": no operation under /" + PREFIX + " in " + abbreviate(body));
                    continue;
                }
                return new Document(operations, uri.toString(), null);
            } catch (IOException | RuntimeException e) {
                tried.add(uri + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return new Document(null, null, String.join("; ", tried));
    }

    /**
     * The operations of an OpenAPI document's {@code paths}. Payara may name the paths with the
     * context root or without ("/hyperchain/api/v1/me", "/api/v1/me"): the part after api/v1 counts.
     */
    static List<Operation> parse(JsonObject document) {
        JsonObject paths = document.getJsonObject("paths");
        if (paths == null) {
            return List.of();
        }
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> {
            int at = path.indexOf("/" + PREFIX);
            if (at < 0 || item.getValueType() != JsonValue.ValueType.OBJECT) {
                return;
            }
            String rest = path.substring(at + PREFIX.length() + 1);
            if (!rest.isEmpty() && !rest.startsWith("/")) {
                return; // "/api/v10/…" is not ours
            }
            String template = normalize(rest);
            item.asJsonObject().forEach((method, operation) -> {
                if (!METHODS.contains(method.toLowerCase(Locale.ROOT)) || operation.getValueType() != JsonValue.ValueType.OBJECT) {
                    return;
                }
                List<String> query = new ArrayList<>();
                var parameters = operation.asJsonObject().get("parameters");
                if (parameters != null && parameters.getValueType() == JsonValue.ValueType.ARRAY) {
                    parameters.asJsonArray().stream().filter(p -> p.getValueType() == JsonValue.ValueType.OBJECT)
                            .map(JsonValue::asJsonObject)
                            .filter(p -> "query".equals(p.getString("in", "")) && p.containsKey("name"))
                            .forEach(p -> query.add(p.getString("name")));
                }
                boolean body = operation.asJsonObject().containsKey("requestBody");
                operations.add(guess(method.toUpperCase(Locale.ROOT), template, body, query));
            });
        });
        operations.sort(Comparator.comparing(Operation::key));
        return operations;
    }

    private static Operation guess(String method, String template, boolean readsBody, List<String> query) {
        Set<Role> roles = template.startsWith("admin") ? EnumSet.of(Role.ADMIN)
                : template.startsWith("accounting") ? EnumSet.of(Role.ACCOUNTANT, Role.ADMIN) : EnumSet.of(Role.TENANT);
        return new Operation(method, template, Access.ROLES, Set.copyOf(roles), readsBody, List.copyOf(query), Source.OPENAPI,
                true);
    }

    /** The document's operations with the classes' access rules; those in one source only are kept too. */
    static List<Operation> merge(List<Operation> document, List<Operation> classes) {
        var byKey = new TreeMap<String, Operation>();
        document.forEach(o -> byKey.put(o.key(), o));
        for (Operation known : classes) {
            Operation listed = byKey.get(known.key());
            if (listed == null) {
                byKey.put(known.key(), known);
            } else {
                var query = new LinkedHashSet<>(known.queryParameters());
                query.addAll(listed.queryParameters());
                byKey.put(known.key(), new Operation(known.method(), known.template(), known.access(), known.roles(),
                        known.readsBody() || listed.readsBody(), List.copyOf(query), Source.BOTH, false));
            }
        }
        return List.copyOf(byKey.values());
    }

    /** "/invoices/{id : \\d+}/" → "invoices/{id}". */
    static String normalize(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return PARAMETER.matcher(trimmed).replaceAll(m -> Matcher.quoteReplacement("{" + m.group(1) + "}"));
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 160 ? line : line.substring(0, 160) + "…";
    }
}
