package io.hyperchain.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The API's error shape ({"error", "code", "field": null}) written straight to a servlet response,
 * for the answers that end before JAX-RS and its mappers: the authentication mechanisms and the
 * container's own error dispatch.
 */
public final class ErrorBody {

    private ErrorBody() {
    }

    public static void write(HttpServletResponse response, int status, String code, String message) {
        try {
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JsonValues.object().add("error", message).add("code", code).addNull("field")
                    .build().toString());
        } catch (IOException e) {
            // the client went away; nothing left to tell it
        }
    }
}
