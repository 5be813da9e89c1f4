package io.hyperchain.web.api;

import io.hyperchain.web.security.CsrfToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * A write that rides only on the session cookie must carry the session's CSRF token: another
 * site can make a browser send the cookie, but cannot read the token. Requests that carry their
 * own credentials (HTTP Basic, an API token as Bearer) and anonymous ones (sign-up) need none.
 */
@Provider
public class SessionCsrfGuard implements ContainerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (!WRITES.contains(context.getMethod()) || context.getHeaderString("Authorization") != null
                || request.getUserPrincipal() == null) {
            return;
        }
        if (!CsrfToken.matches(request.getSession(false), context.getHeaderString(CsrfToken.HEADER))) {
            context.abortWith(ErrorReply.of(403, "csrf.missing", null,
                    "A write with a session cookie needs the " + CsrfToken.HEADER + " header from GET /api/v1/me."));
        }
    }
}
