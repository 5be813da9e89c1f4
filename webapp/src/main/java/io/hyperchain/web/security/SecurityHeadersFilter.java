package io.hyperchain.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Puts {@link SecurityHeaders} on every response: pages, the REST API, static files and error
 * pages (the error dispatch sets them again, for the page it shows). Responses that the
 * authentication mechanism ends itself (a wrong password's 401, the redirect to the login page)
 * never reach a filter; {@link PortalAuthentication} applies the same headers to those.
 */
@WebFilter(filterName = "security-headers", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers for this request's path (setHeader: applying them twice changes nothing).
     * The path is the decoded one the container mapped ("/api/v1" + "/me"), so an encoded or
     * dotted spelling of an API path gets the API's headers too.
     */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        String pathInfo = request.getPathInfo();
        String path = request.getServletPath() + (pathInfo == null ? "" : pathInfo);
        SecurityHeaders.forPath(path).forEach(response::setHeader);
    }
}
