package io.hyperchain.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the container sends what it ends itself (a path it refuses before any servlet, a failure
 * outside JAX-RS): a program calling {@code /api/} or {@code /metrics} gets the API's JSON error, a
 * person the error page.
 */
@WebServlet("/error-dispatch")
public class ErrorDispatch extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorDispatch.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String context = request.getContextPath();
        if (uri == null || !uri.startsWith(context) || !forPrograms(uri.substring(context.length()))) {
            request.getRequestDispatcher("/error.xhtml").forward(request, response);
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given ? given : 500;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure != null && DatabaseOutage.isCause(failure)) {
            response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
            ErrorBody.write(response, 503, "service.unavailable", "The portal cannot reach its database just now. Try again in a few seconds.");
        } else if (failure != null || status >= 500) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "incident " + incident + " on " + uri, failure);
            ErrorBody.write(response, 500, "internal", "Something went wrong on our side (incident " + incident + "). Please try again.");
        } else if (status == 404) {
            ErrorBody.write(response, 404, "notFound", "There is no such resource.");
        } else {
            ErrorBody.write(response, status, "request.rejected", "The request was rejected (" + status + ").");
        }
    }

    /** Paths that programs call (the REST API, a Prometheus scraper): they get JSON, never the error page. */
    static boolean forPrograms(String path) {
        return path.startsWith("/api/") || path.equals("/metrics") || path.startsWith("/metrics/");
    }
}
