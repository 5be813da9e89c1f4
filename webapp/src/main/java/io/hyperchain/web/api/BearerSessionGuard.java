package io.hyperchain.web.api;

import io.hyperchain.web.security.TokenGrant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * A request that names a Bearer token is judged by that token. When it also carries the cookie of
 * a logged-in session, the container restores the session's login before any mechanism reads the
 * header, so the token is never looked at: such a request is refused (400 {@code token.withSession})
 * instead of acting with the session's rights under a token's name (a read-only token that writes).
 */
@Provider
public class BearerSessionGuard implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        String authorization = context.getHeaderString("Authorization");
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (bearer && TokenGrant.of(request).isEmpty() && request.getUserPrincipal() != null) {
            context.abortWith(ErrorReply.of(400, "token.withSession", null,
                    "Send an API token without a session cookie: with the cookie, the session's login would speak instead."));
        }
    }
}
