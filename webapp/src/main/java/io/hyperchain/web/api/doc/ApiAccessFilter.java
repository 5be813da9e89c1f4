package io.hyperchain.web.api.doc;

import io.hyperchain.tenant.Role;
import io.hyperchain.web.api.doc.ApiMethods.ApiMethod;
import io.hyperchain.web.security.AccessRule;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.servers.Server;

/**
 * Completes the OpenAPI document with what the code already says, so that nothing is written twice
 * (registered as {@code mp.openapi.filter} in META-INF/microprofile-config.properties):
 * <ul>
 * <li>each operation's access rule ({@code @Public}, {@code @LoggedIn}, {@code @Access}, read as
 * {@code AccessGuard} reads it) becomes {@code x-access}, {@code x-roles}, its security requirement
 * (HTTP Basic or a Bearer token) and a line of its description;</li>
 * <li>the refusals that come with the rule, not with the method, are added: 400/413 for an unreadable
 * body, 401 and 429 for a missing or failed login, 403 {@code role.required}, 403 {@code csrf.missing}
 * and {@code token.scope} for writes, 500 and 503 for everyone;</li>
 * <li>every error response without content gets the shared {@code Error} schema;</li>
 * <li>the servers become relative (their paths: the context root), whatever host the document was read through.</li>
 * </ul>
 */
public class ApiAccessFilter implements OASFilter {

    static final String ERROR_SCHEMA = "Error";
    static final List<String> SCHEMES = List.of("basicAuth", "bearerToken");

    private final ApiMethods methods;

    /** As MicroProfile OpenAPI creates it: the API's resource classes are scanned once. */
    public ApiAccessFilter() {
        this(ApiMethods.scan());
    }

    ApiAccessFilter(ApiMethods methods) {
        this.methods = methods;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        relativeServers(api);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> operations(item).forEach((http, operation) ->
                methods.find(http, path).ifPresent(method -> document(operation, method))));
    }

    private static Map<String, Operation> operations(PathItem item) {
        var operations = new LinkedHashMap<String, Operation>();
        operations.put("GET", item.getGET());
        operations.put("POST", item.getPOST());
        operations.put("PUT", item.getPUT());
        operations.put("PATCH", item.getPATCH());
        operations.put("DELETE", item.getDELETE());
        operations.put("HEAD", item.getHEAD());
        operations.put("OPTIONS", item.getOPTIONS());
        operations.values().removeIf(o -> o == null);
        return operations;
    }

    private static void document(Operation operation, ApiMethod method) {
        AccessRule rule = method.rule();
        operation.addExtension("x-access", access(rule));
        operation.addExtension("x-roles", roles(rule));
        String who = who(rule);
        operation.setDescription(operation.getDescription() == null || operation.getDescription().isBlank() ? who
                : operation.getDescription() + "\n\n" + who);
        if (!(rule instanceof AccessRule.Open)) {
            // either scheme will do: one requirement each
            operation.setSecurity(SCHEMES.stream().map(s -> OASFactory.createSecurityRequirement().addScheme(s)).toList());
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        for (var refusal : refusals(rule, method).entrySet()) {
            add(operation, refusal.getKey(), refusal.getValue());
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (isError(status) && (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(OASFactory.createContent().addMediaType("application/json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ERROR_SCHEMA))));
            }
        });
    }

    /** The refusals a rule brings to every method under it, by status: what the method itself says comes first. */
    static Map<String, String> refusals(AccessRule rule, ApiMethod method) {
        var refusals = new LinkedHashMap<String, String>();
        boolean open = rule instanceof AccessRule.Open;
        if (method.readsBody()) {
            refusals.put("400", "`body.missing`, `body.malformed`, `body.notObject`, `body.unreadable`: no JSON object was sent");
            refusals.put("413", "`body.tooLarge`: the body is larger than the API reads");
        }
        if (!open) {
            refusals.put("401", "`login.required`: no login; `login.failed`: a wrong HTTP Basic password; "
                    + "`token.invalid`: an unknown, expired or revoked token");
            refusals.put("429", "`login.throttled`: too many failed logins for the address");
        }
        List<String> forbidden = new ArrayList<>();
        if (rule instanceof AccessRule.AnyOf anyOf) {
            forbidden.add("`role.required`: the caller holds none of " + anyOf.ordered().stream().map(Role::name)
                    .collect(Collectors.joining(", ")));
        }
        if (!open && method.isWrite()) {
            forbidden.add("`csrf.missing`: a write on the session cookie without the X-CSRF-Token header");
            forbidden.add("`token.scope`: a read-only token");
        }
        if (!forbidden.isEmpty()) {
            refusals.put("403", String.join("; ", forbidden));
        }
        refusals.put("500", "`internal`: our bug, logged under the incident id the message names");
        refusals.put("503", "`service.unavailable`, `service.busy`: try again after Retry-After seconds");
        return refusals;
    }

    private static void add(Operation operation, String status, String description) {
        APIResponse response = operation.getResponses().getAPIResponse(status);
        if (response == null) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        } else if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(description);
        } else if (!response.getDescription().contains(description)) {
            response.setDescription(response.getDescription() + "; " + description);
        }
    }

    private static boolean isError(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }

    static String access(AccessRule rule) {
        if (rule instanceof AccessRule.Open) {
            return "public";
        }
        if (rule instanceof AccessRule.AnyLogin) {
            return "logged-in";
        }
        return rule instanceof AccessRule.AnyOf ? "roles" : "nobody";
    }

    static List<String> roles(AccessRule rule) {
        return rule instanceof AccessRule.AnyOf anyOf ? anyOf.ordered().stream().map(Role::name).toList() : List.of();
    }

    private static String who(AccessRule rule) {
        return switch (access(rule)) {
            case "public" -> "**Access:** anyone, logged in or not.";
            case "logged-in" -> "**Access:** any logged-in caller, whatever the role.";
            case "roles" -> "**Access:** " + String.join(" or ", roles(rule)) + ".";
            default -> "**Access:** no one (the method declares no rule).";
        };
    }

    /** "http://host:8080/hyperchain" → "/hyperchain": the document is right through any host name. */
    private static void relativeServers(OpenAPI api) {
        var paths = new LinkedHashSet<String>();
        if (api.getServers() != null) {
            for (Server server : api.getServers()) {
                paths.add(relative(server.getUrl()));
            }
        }
        if (paths.isEmpty()) {
            paths.add("/");
        }
        api.setServers(paths.stream().map(p -> OASFactory.createServer().url(p)).toList());
    }

    static String relative(String url) {
        if (url == null || url.isBlank()) {
            return "/";
        }
        try {
            String path = URI.create(url.strip()).getRawPath();
            return path == null || path.isEmpty() ? "/" : path;
        } catch (IllegalArgumentException e) {
            return url.strip().startsWith("/") ? url.strip() : "/";
        }
    }
}
