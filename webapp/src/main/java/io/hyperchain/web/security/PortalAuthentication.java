package io.hyperchain.web.security;

import io.hyperchain.web.JsonValues;
import io.hyperchain.tenant.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * One way in for pages and programs: the login page hands over a credential through
 * {@code SecurityContext.authenticate}; scripts send HTTP Basic. Both go through the same
 * database identity store and the same throttle. The session keeps the login afterwards.
 */
@ApplicationScoped
@AutoApplySession
public class PortalAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute telling the login page how long the caller must wait. */
    public static final String WAIT_ATTRIBUTE = "io.hyperchain.login.wait";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    BearerAuthentication bearer;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (BearerAuthentication.presented(request)) { // an API token: its own class, no session, no password throttle
            return bearer.validateRequest(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        boolean fromPage = credential != null;
        if (!fromPage) {
            credential = basicCredential(request).orElse(null);
        }
        if (credential instanceof UsernamePasswordCredential password) {
            return logIn(password, fromPage, request, response, context);
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    private AuthenticationStatus logIn(UsernamePasswordCredential given, boolean fromPage, HttpServletRequest request,
                                       HttpServletResponse response, HttpMessageContext context) {
        String email = given.getCaller() == null ? "" : given.getCaller().strip().toLowerCase(Locale.ROOT);
        Optional<Duration> wait = throttle.waitFor(email);
        if (wait.isPresent()) {
            request.setAttribute(WAIT_ATTRIBUTE, wait.get());
            if (!fromPage) {
                long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                response.setHeader("Retry-After", Long.toString(seconds));
                writeError(response, 429, "Too many failed logins for this e-mail. Try again in " + seconds + " s.");
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(email, given.getPasswordAsString()));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.recordSuccess(email);
            return context.notifyContainerAboutLogin(result);
        }
        throttle.recordFailure(email);
        if (!fromPage) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"hyperchain\"");
            writeError(response, 401, "Wrong e-mail or password.");
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static Optional<Credential> basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.of(new UsernamePasswordCredential("", ""));
        }
        int colon = decoded.indexOf(':');
        return Optional.of(colon < 0
                ? new UsernamePasswordCredential(decoded, "")
                : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    private static void writeError(HttpServletResponse response, int status, String message) {
        try {
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JsonValues.object()
                    .add("error", message)
                    .add("code", status == 429 ? "login.throttled" : "login.failed")
                    .addNull("field")
                    .build().toString());
        } catch (IOException e) {
            // the client went away; nothing left to tell it
        }
    }
}
