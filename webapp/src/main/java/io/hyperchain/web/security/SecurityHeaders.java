package io.hyperchain.web.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers of every response, decided by the path inside the application alone.
 * Pages get a Content-Security-Policy that their PrimeFaces and Mojarra markup passes (inline
 * handlers such as {@code onclick="PrimeFaces.ab(...)"} and widget scripts need 'unsafe-inline');
 * the JSON API gets one that allows nothing at all, and is never stored by a browser or proxy.
 * docs/security.md says why each header is there and which test proves it.
 */
public final class SecurityHeaders {

    /** Pages, their resources and the shell's WebSocket: our own origin only, inline code allowed. */
    static final String PAGE_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "connect-src 'self' ws: wss:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** JSON and downloads: a browser that renders one as a document may load and run nothing. */
    static final String API_POLICY = String.join("; ",
            "default-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'");

    /** Powerful browser features no page of ours uses, switched off for every frame. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private SecurityHeaders() {
    }

    /** The headers for a response to PATH, the request path inside the application ("/api/v1/me"). */
    public static Map<String, String> forPath(String path) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("Content-Security-Policy", contentSecurityPolicy(path));
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Permissions-Policy", PERMISSIONS_POLICY);
        if (isData(path)) {
            headers.put("Cache-Control", "no-store");
        }
        return headers;
    }

    // The API's answers are data, never documents: they get the policy that allows nothing.
    static String contentSecurityPolicy(String path) {
        return isData(path) ? API_POLICY : PAGE_POLICY;
    }

    // Data, never documents: the REST API and the metrics a scraper reads.
    static boolean isData(String path) {
        return isApi(path) || path.equals("/metrics") || path.startsWith("/metrics/");
    }

    // The REST API lives under /api (RestApplication: /api/v1); its answers hold tenants' data.
    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
