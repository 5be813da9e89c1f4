package io.hyperchain.web.api;

import io.hyperchain.shared.DomainException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A rule said no: its problem decides the status, its code and field go to the client. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException e) {
        return ErrorReply.of(status(e), e.code(), e.field(), e.getMessage());
    }

    static int status(DomainException e) {
        return switch (e.problem()) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case GONE -> 410;
            case TOO_LARGE -> 413;
            case UNPROCESSABLE -> 422;
            case TOO_MANY_ATTEMPTS -> 429;
        };
    }
}
