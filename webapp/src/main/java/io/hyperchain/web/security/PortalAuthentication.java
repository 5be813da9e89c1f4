package io.hyperchain.web.security;

import io.hyperchain.web.DatabaseOutage;
import io.hyperchain.tenant.LoginSource;
import io.hyperchain.tenant.LoginThrottle;
import io.hyperchain.tenant.PasswordUpgrade;
import io.hyperchain.tenant.SessionsAndTokens;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One way in for pages and programs: the login page hands over a credential through
 * {@code SecurityContext.authenticate}; scripts send HTTP Basic. Both go through the same
 * database identity store and the same throttle, keyed by the e-mail and the connection's remote
 * address (docs/security.md). The session keeps the login afterwards.
 */
@ApplicationScoped
@AutoApplySession
public class PortalAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute telling the login page how long the caller must wait. */
    public static final String WAIT_ATTRIBUTE = "io.hyperchain.login.wait";
    private static final Logger LOG = Logger.getLogger(PortalAuthentication.class.getName());

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    PasswordUpgrade upgrade;

    @Inject
    BearerAuthentication bearer;

    @Inject
    SessionsAndTokens sessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // a response this mechanism ends (401, 429, the redirect to the login page) passes no filter
        SecurityHeadersFilter.apply(request, response);
        if (BearerAuthentication.presented(request)) { // an API token: its own class, no session, no password throttle
            return bearer.validateRequest(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        boolean fromPage = credential != null;
        if (!fromPage) {
            credential = basicCredential(request).orElse(null);
        }
        if (credential instanceof UsernamePasswordCredential password) {
            try {
                return logIn(password, fromPage, request, response, context);
            } catch (RuntimeException e) {
                if (fromPage || !DatabaseOutage.isCause(e)) {
                    throw e;
                }
                // the throttle and the identity store live in the database: a script is told to come back
                LOG.log(Level.WARNING, "login while the database is unavailable: " + e);
                response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
                io.hyperchain.web.ErrorBody.write(response, 503, "service.unavailable",
                        "The portal cannot reach its database just now. Try again in a few seconds.");
                return AuthenticationStatus.SEND_FAILURE;
            }
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    private AuthenticationStatus logIn(UsernamePasswordCredential given, boolean fromPage, HttpServletRequest request,
                                       HttpServletResponse response, HttpMessageContext context) {
        String email = given.getCaller() == null ? "" : given.getCaller().strip().toLowerCase(Locale.ROOT);
        // the connection's address, never a forwarded-for header: a client writes those itself
        LoginSource source = LoginSource.of(request.getRemoteAddr());
        Optional<Duration> wait = throttle.waitFor(email, source);
        if (wait.isPresent()) {
            request.setAttribute(WAIT_ATTRIBUTE, wait.get());
            if (!fromPage) {
                long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                response.setHeader("Retry-After", Long.toString(seconds));
                writeError(response, 429, "Too many failed logins for this e-mail. Try again in " + seconds + " s.");
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        // read before the password is checked: a password changed in between ends this new session too
        Optional<Integer> generation = sessions.generationOf(email);
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(email, given.getPasswordAsString()));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            afterSuccess(email, source, given.getPasswordAsString());
            renewSessionId(request);
            // the session the container keeps the login in: it belongs to this generation of the account's credentials
            SessionGeneration.remember(request.getSession(true), generation.orElse(-1));
            return context.notifyContainerAboutLogin(result);
        }
        throttle.recordFailure(email, source);
        forgetExpired();
        if (!fromPage) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"hyperchain\"");
            writeError(response, 401, "Wrong e-mail or password.");
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * Bookkeeping after a good password: the source becomes known, an old hash is replaced (the
     * password is at hand only now). None of it may turn the login into a failure.
     */
    private void afterSuccess(String email, LoginSource source, String password) {
        try {
            throttle.recordSuccess(email, source);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record the successful login of " + email + " from " + source, e);
        }
        try {
            upgrade.rehashIfOld(email, password);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not rehash the password of " + email + "; the next login tries again", e);
        }
    }

    /** Housekeeping in its own transaction, after the failure is safely counted; it may fail, the count stays. */
    private void forgetExpired() {
        try {
            throttle.forgetExpired();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "login records were not trimmed this time", e);
        }
    }

    /**
     * A session that existed before the login (the login page's) gets a new id, so an id someone
     * planted or saw before the login is worth nothing after it. Payara does the same when it
     * registers the session for {@code @AutoApplySession} (AuthenticatorBase.register,
     * changeSessionIdOnAuthentication); doing it here keeps that guarantee whatever the container's
     * setting. Changing the id twice is harmless: the response carries only the last one.
     */
    private static void renewSessionId(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
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
        io.hyperchain.web.ErrorBody.write(response, status, status == 429 ? "login.throttled" : "login.failed", message);
    }
}
