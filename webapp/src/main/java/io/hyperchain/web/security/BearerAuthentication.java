package io.hyperchain.web.security;

import io.hyperchain.token.ApiTokens;
import io.hyperchain.token.TokenScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;

/**
 * Scripts with an API token: {@code Authorization: Bearer hc_…}, handed over by
 * {@link PortalAuthentication}. A usable token logs its user in for this one request, with the
 * user's role as a password login would give it (so {@code Caller} builds the same profile and
 * tenant context), and makes no HTTP session. Refusals are answered here, as the API's JSON error:
 * <ul>
 * <li>a token that is malformed, unknown, expired or revoked: 401 {@code token.invalid} with
 * {@code WWW-Authenticate: Bearer};</li>
 * <li>a READ token on anything but GET and HEAD, or opening a WebSocket (the shell runs commands):
 * 403 {@code token.scope}.</li>
 * </ul>
 */
@ApplicationScoped
public class BearerAuthentication {

    private static final String SCHEME = "Bearer ";
    private static final String REALM = "Bearer realm=\"hyperchain\"";

    @Inject
    ApiTokens tokens;

    /** Whether the request names a Bearer token, whatever it is worth. */
    static boolean presented(HttpServletRequest request) {
        return presented(request.getHeader("Authorization"));
    }

    static boolean presented(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String presented = request.getHeader("Authorization").substring(SCHEME.length()).strip();
        var login = tokens.authenticate(presented);
        if (login.isEmpty()) {
            response.setHeader("WWW-Authenticate", REALM + ", error=\"invalid_token\"");
            io.hyperchain.web.ErrorBody.write(response, 401, "token.invalid", "This API token is malformed, unknown, expired or revoked.");
            return AuthenticationStatus.SEND_FAILURE;
        }
        var scope = login.get().scope();
        if (!allows(scope, request.getMethod(), request.getHeader("Upgrade"))) {
            response.setHeader("WWW-Authenticate", REALM + ", error=\"insufficient_scope\", scope=\"write\"");
            io.hyperchain.web.ErrorBody.write(response, 403, "token.scope", "This token may only read (GET, HEAD); writing needs a token with the write scope.");
            return AuthenticationStatus.SEND_FAILURE;
        }
        new TokenGrant(login.get().tokenId(), scope).attachTo(request);
        context.notifyContainerAboutLogin(new CallerPrincipal(login.get().email()), Set.of(login.get().role().name()));
        // NOT_DONE, not the SUCCESS notifyContainerAboutLogin returns: @AutoApplySession on
        // PortalAuthentication turns a SUCCESS into "register a session" (a JSESSIONID for every
        // script call). Soteria reports NOT_DONE to the container as JASPIC SUCCESS too, and Payara
        // takes the caller the callbacks just put in the subject as the login of this request only.
        // PortalApiIT checks that a token request sets no cookie.
        return AuthenticationStatus.NOT_DONE;
    }

    /** The scope decides by the method; a WebSocket handshake is a GET, but what it opens (the shell) writes. */
    static boolean allows(TokenScope scope, String method, String upgradeHeader) {
        boolean webSocket = upgradeHeader != null && upgradeHeader.toLowerCase(Locale.ROOT).contains("websocket");
        return webSocket ? scope.canWrite() : scope.allows(method);
    }
}
