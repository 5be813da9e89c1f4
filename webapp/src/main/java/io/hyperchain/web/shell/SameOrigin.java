package io.hyperchain.web.shell;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The socket opens only from the portal's own pages: the browser's {@code Origin} must name the
 * host (and port) the request was sent to. A browser sends the session cookie with a WebSocket
 * handshake from any site, so without this another site could open a shell in the tenant's name.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /**
     * @param origin the {@code Origin} header, e.g. {@code https://portal.example:8443}
     * @param host   the {@code Host} header, e.g. {@code portal.example:8443}
     */
    public static boolean allows(String origin, String host) {
        if (origin == null || host == null || host.isBlank()) {
            return false;
        }
        URI from;
        URI to;
        try {
            from = new URI(origin.strip());
            to = new URI("http://" + host.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = from.getScheme() == null ? "" : from.getScheme().toLowerCase(Locale.ROOT);
        int defaultPort = switch (scheme) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
        if (defaultPort < 0 || from.getHost() == null || to.getHost() == null
                || to.getRawPath() != null && !to.getRawPath().isEmpty() || to.getRawUserInfo() != null) {
            return false;
        }
        return from.getHost().equalsIgnoreCase(to.getHost())
                && port(from, defaultPort) == port(to, defaultPort);
    }

    private static int port(URI uri, int defaultPort) {
        return uri.getPort() < 0 ? defaultPort : uri.getPort();
    }
}
