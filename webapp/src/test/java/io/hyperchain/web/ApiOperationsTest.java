package io.hyperchain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.tenant.Role;
import io.hyperchain.web.ApiOperations.Access;
import io.hyperchain.web.ApiOperations.Operation;
import io.hyperchain.web.ApiOperations.Parameter;
import io.hyperchain.web.ApiOperations.Source;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How the hostile-caller IT finds the API's operations: the OpenAPI document read, merged with the classes. */
class ApiOperationsTest {

    private static final String DOCUMENT = """
            {"openapi":"3.1.0","servers":[{"url":"http://localhost:8080/hyperchain"}],"paths":{
              "/api/v1/invoices/{id}":{"get":{"parameters":[{"name":"id","in":"path"},{"name":"format","in":"query"},
                {"name":"lang","in":"query"},{"name":"hc-lang","in":"cookie"}]}},
              "/hyperchain/api/v1/me":{"get":{}},
              "/api/v1/signup":{"post":{"requestBody":{}}},
              "/api/v1/admin/reports/{reportId : [0-9]+}":{"delete":{},"x-extension":{}},
              "/api/v10/elsewhere":{"get":{}},
              "/openapi":{"get":{}}}}
            """;

    private static List<Operation> parsed() {
        try (var reader = Json.createReader(new StringReader(DOCUMENT))) {
            return ApiOperations.parse(reader.readObject());
        }
    }

    @Test
    void theDocumentsOperationsUnderApiV1AreReadWithOrWithoutTheContextRoot() {
        assertEquals(List.of("DELETE admin/reports/{reportId}", "GET invoices/{id}", "GET me", "POST signup"),
                parsed().stream().map(Operation::key).toList());
    }

    @Test
    void queryParametersAndBodiesComeFromTheDocument() {
        var invoice = parsed().stream().filter(o -> o.key().equals("GET invoices/{id}")).findFirst().orElseThrow();
        assertEquals(List.of("format", "lang"), invoice.queryParameters());
        assertFalse(invoice.readsBody());
        assertTrue(parsed().stream().filter(o -> o.key().equals("POST signup")).findFirst().orElseThrow().readsBody());
    }

    @Test
    void anOperationOnlyInTheDocumentHasItsAccessGuessedFromItsPath() {
        var byKey = parsed().stream().collect(Collectors.toMap(Operation::key, o -> o));
        assertEquals(Set.of(Role.ADMIN), byKey.get("DELETE admin/reports/{reportId}").roles());
        assertEquals(Set.of(Role.TENANT), byKey.get("GET invoices/{id}").roles());
        assertTrue(byKey.values().stream().allMatch(Operation::guessed));
    }

    @Test
    void mergedTheClassesDecideWhoMayCallAndNothingIsLost() {
        var merged = ApiOperations.merge(parsed(), ApiOperations.fromClasses());
        var byKey = merged.stream().collect(Collectors.toMap(Operation::key, o -> o));
        assertEquals(Source.BOTH, byKey.get("GET invoices/{id}").source());
        assertEquals(Access.PUBLIC, byKey.get("POST signup").access());
        assertEquals(Access.LOGGED_IN, byKey.get("GET me").access());
        assertEquals(Source.OPENAPI, byKey.get("DELETE admin/reports/{reportId}").source(), "kept, with a guessed rule");
        assertEquals(Source.CLASSES, byKey.get("POST admin/nodes").source(), "kept although the document lacks it");
        assertEquals(merged.size(), byKey.size(), "no operation twice");
    }

    @Test
    void theClassesAloneHoldTheWholeApi() {
        var operations = ApiOperations.fromClassesOnly().operations();
        assertTrue(operations.size() >= ApiOperations.AT_LEAST, operations::toString);
        var byKey = operations.stream().collect(Collectors.toMap(Operation::key, o -> o));
        assertEquals(Set.of(Role.ADMIN, Role.ACCOUNTANT), byKey.get("GET admin/invoices/{id}").roles());
        assertEquals(List.of("month", "format"), byKey.get("GET accounting/exports").queryParameters());
    }

    @Test
    void theGroupOperationsAreFoundAndAreTheAdminsAlone() {
        var byKey = ApiOperations.fromClassesOnly().operations().stream().collect(Collectors.toMap(Operation::key, o -> o));
        for (String key : List.of("GET admin/groups", "POST admin/groups", "PUT admin/groups/{id}", "DELETE admin/groups/{id}",
                "PUT admin/groups/{id}/members", "POST admin/groups/{id}/commands", "GET admin/group-commands/{id}")) {
            var operation = byKey.get(key);
            assertTrue(operation != null, () -> key + " not found");
            assertEquals(Access.ROLES, operation.access(), key);
            assertEquals(Set.of(Role.ADMIN), operation.roles(), key);
        }
        assertTrue(byKey.get("POST admin/groups/{id}/commands").readsBody());
        assertFalse(byKey.get("DELETE admin/groups/{id}").readsBody());
    }

    @Test
    void aContainersPowerByWorkloadIdAndAGroupsPowerAreTenantWritesWithoutABody() {
        var byKey = ApiOperations.fromClassesOnly().operations().stream().collect(Collectors.toMap(Operation::key, o -> o));
        for (String key : List.of("POST workloads/{id}/{action}", "POST environment/groups/{group}/{action}")) {
            var operation = byKey.get(key);
            assertTrue(operation != null, () -> key + " is among the operations");
            assertEquals(Set.of(Role.TENANT), operation.roles(), key);
            assertFalse(operation.readsBody(), key);
        }
        assertEquals(List.of(new Parameter("group", "groups"), new Parameter("action", "{group}")),
                byKey.get("POST environment/groups/{group}/{action}").parameters());
    }

    @Test
    void pathsAreNormalizedAndFilledIn() {
        assertEquals("invoices/{id}", ApiOperations.normalize("/invoices/{ id : \\d+ }/"));
        var operation = ApiOperations.fromClasses().stream().filter(o -> o.key().equals("GET invoices/{id}/credit-notes/{note}"))
                .findFirst().orElseThrow();
        assertEquals(List.of(new Parameter("id", "invoices"), new Parameter("note", "credit-notes")), operation.parameters());
        assertEquals("api/v1/invoices/7/credit-notes/9", operation.path(Map.of("id", "7", "note", "9")));
    }
}
