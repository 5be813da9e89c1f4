package io.hyperchain.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The framework's own refusals (no such path, wrong method or media type) in the API's shape. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 404 -> ErrorReply.of(404, "notFound", null, "There is no such resource.");
            case 405 -> ErrorReply.of(405, "methodNotAllowed", null, "This resource does not take that method.");
            case 406 -> ErrorReply.of(406, "notAcceptable", null, "This resource answers in application/json.");
            case 415 -> ErrorReply.of(415, "unsupportedMediaType", null, "Send the body as application/json.");
            default -> status >= 500
                    ? UnexpectedErrorMapper.incident(e)
                    : ErrorReply.of(status, "request.rejected", null, "The request was rejected (" + status + ").");
        };
    }
}
