package io.hyperchain.web.security;

import io.hyperchain.tenant.SessionsAndTokens;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends a session whose account changed its password since the session logged in (on this
 * instance or any other): one unique-key read of the account's credential generation per request
 * that arrives logged in through a session, compared with the one the session remembers
 * ({@link SessionGeneration}). An ended session is invalidated and the request answered as for a
 * caller who is not logged in: the API with 401 {@code login.required}, a page under /ui/ (and any
 * form post) with the login page ({@code ?sessionEnded=true}), a public page (a mailed link) with the
 * same page again, without the session. Static files skip the check: they hold nothing.
 */
@WebFilter(filterName = "ended-sessions", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class EndedSessionFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(EndedSessionFilter.class.getName());

    @Inject
    SessionsAndTokens sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var session = request.getSession(false);
        var principal = request.getUserPrincipal();
        if (session == null || principal == null || isStatic(path(request))
                || !SessionGeneration.ended(SessionGeneration.of(session), sessions.generationOf(principal.getName()))) {
            chain.doFilter(request, response);
            return;
        }
        LOG.fine(() -> "a session of " + principal.getName() + " ended: its password changed since it logged in");
        try {
            request.logout();
        } catch (ServletException | RuntimeException e) {
            // the session is invalidated next either way: nothing of the login survives it
            LOG.log(Level.FINE, "logout of an ended session", e);
        }
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // another request of the same session ended it a moment ago
        }
        SecurityHeadersFilter.apply(request, response);
        answerLoggedOut(request, response);
    }

    private static void answerLoggedOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getContextPath() + "/login.xhtml?sessionEnded=true";
        if (SecurityHeaders.isApi(path(request))) {
            io.hyperchain.web.ErrorBody.write(response, 401, "login.required",
                    "Your session ended: the password of this account was changed. Log in again.");
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // a Faces ajax request follows a redirect only when it is told in a partial response
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login.replace("&", "&amp;") + "\"/></partial-response>").getBytes(StandardCharsets.UTF_8));
        } else if ("GET".equals(request.getMethod()) && !isProtectedPage(path(request))) {
            // a public page (a mailed verification or reset link, the login page): the same page again,
            // now without the session, so the link is not lost on the way
            String query = request.getQueryString();
            response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
        } else {
            response.sendRedirect(login);
        }
    }

    /** Pages behind web.xml's constraints (all of /ui/): the login page is where an ended session goes. */
    private static boolean isProtectedPage(String path) {
        return path.equals("/ui") || path.startsWith("/ui/");
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/vendor/") || path.startsWith("/resources/");
    }

    private static String path(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
    }
}
