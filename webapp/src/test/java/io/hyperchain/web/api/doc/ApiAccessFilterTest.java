package io.hyperchain.web.api.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.web.api.AdminBillingResource;
import io.hyperchain.web.api.MeResource;
import io.hyperchain.web.api.ResourceMethods;
import io.hyperchain.web.api.SignUpResource;
import io.hyperchain.web.api.TokensResource;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.junit.jupiter.api.Test;

/** What the filter adds to the document from the access annotations (on a model built in the test, see {@link MapModels}). */
class ApiAccessFilterTest {

    private static final ApiAccessFilter FILTER = new ApiAccessFilter(ApiMethods.of(
            List.of(SignUpResource.class, MeResource.class, AdminBillingResource.class, TokensResource.class)));

    private static Operation operation(String summary) {
        return OASFactory.createOperation().summary(summary).description("What it does.")
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("Fine")));
    }

    private static OpenAPI document(Operation signUp, Operation me, Operation credit, Operation tokens) {
        return OASFactory.createOpenAPI()
                .addServer(OASFactory.createServer().url("http://localhost:8080/hyperchain"))
                .addServer(OASFactory.createServer().url("https://portal.example.com:8181/hyperchain"))
                .paths(OASFactory.createPaths()
                        .addPathItem("/api/v1/signup", OASFactory.createPathItem().POST(signUp))
                        .addPathItem("/api/v1/me", OASFactory.createPathItem().GET(me))
                        .addPathItem("/hyperchain/api/v1/admin/invoices/{id}/credit-notes", OASFactory.createPathItem().POST(credit))
                        .addPathItem("/api/v1/tokens", OASFactory.createPathItem().POST(tokens))
                        .addPathItem("/openapi", OASFactory.createPathItem().GET(operation("not ours"))));
    }

    private static Map<String, String> statuses(Operation operation) {
        return operation.getResponses().getAPIResponses().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getDescription()));
    }

    @Test
    void aPublicMethodNeedsNoLoginAndCanMeetNoLoginRefusal() {
        var signUp = operation("sign up");
        FILTER.filterOpenAPI(document(signUp, operation("me"), operation("credit"), operation("tokens")));
        assertEquals("public", signUp.getExtensions().get("x-access"));
        assertEquals(List.of(), signUp.getExtensions().get("x-roles"));
        assertNull(signUp.getSecurity(), "no security requirement");
        assertTrue(!statuses(signUp).containsKey("401") && !statuses(signUp).containsKey("403"), statuses(signUp)::toString);
        assertTrue(statuses(signUp).get("400").contains("body.malformed"), "it reads a body");
        assertTrue(signUp.getDescription().startsWith("What it does.") && signUp.getDescription().contains("anyone"));
    }

    @Test
    void aRoleMethodNamesItsRolesAndBothLoginSchemesAndTheRefusalsOfItsRule() {
        var credit = operation("credit");
        FILTER.filterOpenAPI(document(operation("sign up"), operation("me"), credit, operation("tokens")));
        assertEquals("roles", credit.getExtensions().get("x-access"));
        assertEquals(List.of("ADMIN"), credit.getExtensions().get("x-roles"));
        assertEquals(List.of(List.of("basicAuth"), List.of("bearerToken")),
                credit.getSecurity().stream().map(s -> List.copyOf(s.getSchemes().keySet())).toList(), "either scheme");
        var statuses = statuses(credit);
        assertTrue(statuses.get("401").contains("login.required"));
        assertTrue(statuses.get("403").contains("role.required") && statuses.get("403").contains("csrf.missing"),
                "a write by an admin: the role, and the session's CSRF token");
        assertTrue(statuses.get("503").contains("service.unavailable"));
        assertEquals("Fine", statuses.get("200"), "the method's own answer is kept");
    }

    @Test
    void aLoggedInMethodNeedsALoginButNoRoleAndAReadMeetsNoCsrfRefusal() {
        var me = operation("me");
        FILTER.filterOpenAPI(document(operation("sign up"), me, operation("credit"), operation("tokens")));
        assertEquals("logged-in", me.getExtensions().get("x-access"));
        assertTrue(statuses(me).containsKey("401"));
        assertTrue(!statuses(me).containsKey("403") && !statuses(me).containsKey("400"), statuses(me)::toString);
    }

    @Test
    void theMethodsOwnRefusalIsKeptAndTheRulesIsAddedToIt() {
        var tokens = operation("tokens");
        tokens.getResponses().addAPIResponse("403", OASFactory.createAPIResponse().description("`token.notAllowed`"));
        FILTER.filterOpenAPI(document(operation("sign up"), operation("me"), operation("credit"), tokens));
        String forbidden = statuses(tokens).get("403");
        assertTrue(forbidden.startsWith("`token.notAllowed`") && forbidden.contains("csrf.missing"), forbidden);
    }

    @Test
    void everyErrorResponseGetsTheErrorSchema() {
        var credit = operation("credit");
        FILTER.filterOpenAPI(document(operation("sign up"), operation("me"), credit, operation("tokens")));
        credit.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                assertEquals(ApiAccessFilter.ERROR_SCHEMA,
                        response.getContent().getMediaTypes().get("application/json").getSchema().getRef(), status);
            } else {
                assertNull(response.getContent(), "a success keeps what the method says");
            }
        });
    }

    @Test
    void anOperationOutsideTheApiIsLeftAloneAndTheServersBecomeTheContextRoot() {
        var other = operation("not ours");
        var api = document(operation("sign up"), operation("me"), operation("credit"), operation("tokens"));
        api.getPaths().getPathItems().get("/openapi").setGET(other);
        FILTER.filterOpenAPI(api);
        assertNull(other.getExtensions());
        assertEquals(List.of("/hyperchain"), api.getServers().stream().map(s -> s.getUrl()).toList());
        assertEquals("/", ApiAccessFilter.relative("http://localhost:8080"));
    }

    @Test
    void theFilterKnowsEveryOperationTheResourceScanFinds() {
        var scanned = ApiMethods.scan().all().stream().map(ApiMethods.ApiMethod::key).toList();
        var expected = ResourceMethods.scan().stream().filter(m -> !m.http().equals("locator"))
                .map(m -> m.http() + " " + ApiMethods.normalize(m.path())).sorted().toList();
        assertEquals(expected, scanned);
        assertTrue(ApiMethods.scan().find("GET", "/hyperchain/api/v1/invoices/{id}").isPresent());
        assertTrue(ApiMethods.scan().find("GET", "/api/v10/invoices/{id}").isEmpty());
    }
}
