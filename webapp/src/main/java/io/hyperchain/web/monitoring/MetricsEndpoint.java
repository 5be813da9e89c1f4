package io.hyperchain.web.monitoring;

import io.hyperchain.monitoring.FigureReader;
import io.hyperchain.monitoring.PortalMetrics;
import io.hyperchain.monitoring.PrometheusText;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.DatabaseOutage;
import io.hyperchain.web.ErrorBody;
import io.hyperchain.web.security.Access;
import io.hyperchain.web.security.AccessRule;
import io.hyperchain.web.security.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * {@code GET /metrics}: the portal's own figures in the Prometheus text format 0.0.4, for admins
 * (HTTP Basic or an admin's API token, as the admin API): anonymous callers get 401
 * {@code login.required}, other roles 403 {@code role.required}, as {@code AccessGuard} answers.
 *
 * <p>A servlet of our own rather than MicroProfile Metrics: Payara registers its metrics servlet at
 * {@code /metrics/*} in whatever application has the empty context root (ours), outside our access
 * rules, and {@code GET /metrics} answered a 500 there (issue 14). The exact {@code /metrics} beats Payara's
 * prefix mapping whatever the order of registration, and the prefix is taken too ({@code /metrics/base}
 * and the like answer 404), so no JVM figures are published anonymously.
 */
@WebServlet(name = "hyperchain-metrics", urlPatterns = {"/metrics", "/metrics/*"})
@Access(Role.ADMIN)
public class MetricsEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Who may read the metrics: the {@code @Access} on this class, read the way AccessGuard reads it. */
    static final AccessRule RULE = ruleOfGet();

    @Inject
    transient Caller caller;

    @Inject
    transient FigureReader figures;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String rest = request.getPathInfo();
        if (rest != null && !rest.equals("/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!allowed(response)) {
            return;
        }
        String text;
        try {
            text = PrometheusText.render(PortalMetrics.families(figures.read()));
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
            ErrorBody.write(response, 503, "service.unavailable", "The portal cannot reach its database just now. Try again in a few seconds.");
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(PrometheusText.CONTENT_TYPE);
        response.getWriter().write(text);
    }

    /** Answers 401 or 403 itself and says false when the caller may not read the metrics. */
    private boolean allowed(HttpServletResponse response) {
        boolean loggedIn = caller.isLoggedIn();
        Set<Role> roles = loggedIn && RULE.readsRoles() ? caller.profile().roles() : Set.of();
        switch (RULE.decide(roles, loggedIn)) {
            case ALLOW -> {
                return true;
            }
            case LOGIN_REQUIRED -> {
                response.setHeader("WWW-Authenticate", "Basic realm=\"hyperchain\"");
                ErrorBody.write(response, 401, "login.required", Caller.loginRequired().getMessage());
                return false;
            }
            default -> {
                ErrorBody.write(response, 403, "role.required", "This needs the ADMIN role.");
                return false;
            }
        }
    }

    private static AccessRule ruleOfGet() {
        try {
            return AccessRule.of(MetricsEndpoint.class.getDeclaredMethod("doGet", HttpServletRequest.class,
                    HttpServletResponse.class), MetricsEndpoint.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
