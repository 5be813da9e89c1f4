package io.hyperchain.web.api;

import io.hyperchain.web.JsonValues;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The API's one error shape: {"error": message, "field": field or null, "code": code}. */
final class ErrorReply {

    private ErrorReply() {
    }

    static Response of(int status, String code, String field, String message) {
        var body = JsonValues.object().add("error", message).add("code", code);
        if (field == null) {
            body.addNull("field");
        } else {
            body.add("field", field);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body.build().toString()).build();
    }
}
