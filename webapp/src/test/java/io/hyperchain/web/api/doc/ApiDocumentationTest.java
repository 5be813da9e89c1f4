package io.hyperchain.web.api.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.web.api.ResourceMethods;
import io.hyperchain.web.api.ResourceMethods.ResourceMethod;
import io.hyperchain.web.api.RestApplication;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every REST method of /api/v1 is documented, checked at build time on the compiled classes (the scan
 * {@code ResourceAccessTest} uses): a summary, a tag, a success response whose JSON has a schema, the
 * error responses with the statuses the API uses, and a schema for every body it reads. Who may call
 * it is not written by hand: {@link ApiAccessFilter} derives it ({@code ApiAccessFilterTest}).
 */
class ApiDocumentationTest {

    private static final Set<String> STATUSES = Set.of("200", "201", "202", "204", "400", "401", "403", "404", "409",
            "410", "413", "422", "429", "503");

    private static List<ResourceMethod> methods;

    @BeforeAll
    static void scan() {
        methods = ResourceMethods.scan().stream().filter(m -> !m.http().equals("locator")).toList();
    }

    private static void assertEvery(String what, Predicate<ResourceMethod> documented) {
        var missing = methods.stream().filter(documented.negate()).map(ResourceMethod::toString).toList();
        assertTrue(missing.isEmpty(), () -> "these REST methods lack " + what + ":\n  " + String.join("\n  ", missing));
    }

    private static List<APIResponse> responses(ResourceMethod m) {
        return Arrays.asList(m.method().getAnnotationsByType(APIResponse.class));
    }

    private static boolean isSuccess(APIResponse r) {
        return r.responseCode().startsWith("2");
    }

    @Test
    void everyMethodHasAnOperationWithASummary() {
        assertEvery("@Operation(summary = ...)", m -> m.method().isAnnotationPresent(Operation.class)
                && !m.method().getAnnotation(Operation.class).summary().isBlank());
    }

    @Test
    void everyMethodHasATagOfTheDocument() {
        var declared = Arrays.stream(RestApplication.class.getAnnotation(OpenAPIDefinition.class).tags()).map(Tag::name)
                .collect(Collectors.toSet());
        assertEvery("a @Tag (on the method or its class) that the @OpenAPIDefinition declares", m -> {
            Tag tag = m.method().isAnnotationPresent(Tag.class) ? m.method().getAnnotation(Tag.class) : m.type().getAnnotation(Tag.class);
            return tag != null && declared.contains(tag.name());
        });
    }

    @Test
    void everyMethodDocumentsASuccessResponse() {
        assertEvery("an @APIResponse with a 2xx status", m -> responses(m).stream().anyMatch(ApiDocumentationTest::isSuccess));
    }

    @Test
    void everySuccessWithABodyHasASchemaThatIsNoBareString() {
        // the resources return JSON they build by hand (a String): without a schema the document says "type: string"
        assertEvery("a schema (implementation, ref or a non-string type) on each 2xx content", m -> responses(m).stream()
                .filter(ApiDocumentationTest::isSuccess).flatMap(r -> Arrays.stream(r.content()))
                .allMatch(ApiDocumentationTest::hasSchema));
        assertEvery("content on a 200/201 answer (only 202 and 204 answer without a body)", m -> responses(m).stream()
                .filter(r -> Set.of("200", "201").contains(r.responseCode())).allMatch(r -> r.content().length > 0));
    }

    private static boolean hasSchema(Content content) {
        var schema = content.schema();
        boolean binary = schema.type() == SchemaType.STRING && !content.mediaType().isEmpty()
                && !content.mediaType().equals("application/json");
        return schema.implementation() != Void.class && schema.implementation() != String.class || !schema.ref().isEmpty() || binary;
    }

    @Test
    void everyResponseUsesAStatusOfTheApiAndErrorsSayTheirCodes() {
        assertEvery("only the API's statuses " + new TreeSet<>(STATUSES), m -> responses(m).stream()
                .allMatch(r -> STATUSES.contains(r.responseCode())));
        assertEvery("a description on every response", m -> responses(m).stream().noneMatch(r -> r.description().isBlank()));
    }

    @Test
    void everyMethodThatReadsABodyDocumentsItsSchema() {
        assertEvery("@RequestBody(content = @Content(schema = ...))", m -> !m.readsBody()
                || m.method().isAnnotationPresent(RequestBody.class)
                && Arrays.stream(m.method().getAnnotation(RequestBody.class).content()).anyMatch(ApiDocumentationTest::hasSchema));
        assertEvery("no @RequestBody, as it reads none", m -> m.readsBody() || !m.method().isAnnotationPresent(RequestBody.class));
    }

    @Test
    void theDocumentIsTheHyperChainApiWithBasicAndBearerLogins() {
        var definition = RestApplication.class.getAnnotation(OpenAPIDefinition.class);
        assertEquals("HyperChain API", definition.info().title());
        assertTrue(!definition.info().version().isBlank() && !definition.info().description().isBlank());
        var schemes = Arrays.stream(RestApplication.class.getAnnotationsByType(SecurityScheme.class))
                .collect(Collectors.toMap(SecurityScheme::securitySchemeName, SecurityScheme::scheme));
        assertEquals(ApiAccessFilter.SCHEMES.stream().collect(Collectors.toSet()), schemes.keySet(),
                "the filter's security requirements name the declared schemes");
        assertEquals("basic", schemes.get("basicAuth"));
        assertEquals("bearer", schemes.get("bearerToken"));
    }

    @Test
    void theErrorSchemaIsTheOneTheFilterReferences() {
        var schema = ErrorSchema.class.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        assertEquals(ApiAccessFilter.ERROR_SCHEMA, schema.name());
        assertEquals(Set.of("error", "code", "field"), Arrays.stream(ErrorSchema.class.getDeclaredFields())
                .map(java.lang.reflect.Field::getName).filter(n -> !n.startsWith("$")).collect(Collectors.toSet()));
    }
}
