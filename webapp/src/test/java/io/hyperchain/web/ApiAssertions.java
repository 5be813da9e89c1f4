package io.hyperchain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;

/** The API's error contract, checked the same way everywhere. */
public final class ApiAssertions {

    private ApiAssertions() {
    }

    /** A JSON {"error","field","code"} with this status, never a stack trace. */
    public static void assertError(PortalClient.Reply reply, int status, String field, String code) {
        assertEquals(status, reply.status(), () -> "status of " + reply);
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                () -> "content type of " + reply);
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "),
                () -> "a stack trace leaked: " + reply);
        var json = reply.json();
        assertFalse(json.getString("error").isBlank(), () -> "message of " + reply);
        if (field == null) {
            assertEquals(JsonValue.NULL, json.get("field"), () -> "field of " + reply);
        } else {
            assertEquals(field, json.getString("field"), () -> "field of " + reply);
        }
        if (code != null) {
            assertEquals(code, json.getString("code"), () -> "code of " + reply);
        }
    }
}
