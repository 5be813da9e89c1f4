package io.hyperchain.web.shell;

import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.SessionGeneration;
import jakarta.servlet.http.HttpSession;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.security.Principal;
import java.util.Map;

/**
 * Decides at the handshake who may open a shell: a tenant logged in to the portal, from one of the
 * portal's own pages. The login is the one the container established for the handshake request:
 * the HTTP session's (a browser) or HTTP Basic on the handshake itself (a program); both come
 * through {@code PortalAuthentication}. The decision travels to the endpoint in the connection's
 * user properties; the endpoint turns a refusal into a policy-violation close.
 */
public class ShellHandshake extends ServerEndpointConfig.Configurator {

    /** The tenant user's e-mail (login name), when the handshake was accepted. */
    static final String EMAIL = "io.hyperchain.shell.email";
    /** Why the handshake was refused (a short code for the close reason), otherwise absent. */
    static final String REFUSAL = "io.hyperchain.shell.refusal";
    /** The reader's language for what the portal writes into the terminal. */
    static final String LOCALE = "io.hyperchain.shell.locale";
    /** The credential generation the handshake's HTTP session logged in at, if it has one (see {@code SessionGeneration}). */
    static final String GENERATION = "io.hyperchain.shell.generation";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        Map<String, Object> properties = config.getUserProperties();
        properties.remove(EMAIL);
        properties.remove(REFUSAL);
        properties.remove(GENERATION);
        properties.put(LOCALE, ShellTexts.languageOf(request.getHeaders()));
        String refusal = refusal(request);
        if (refusal == null) {
            properties.put(EMAIL, request.getUserPrincipal().getName());
            if (request.getHttpSession() instanceof HttpSession http) {
                SessionGeneration.of(http).ifPresent(generation -> properties.put(GENERATION, generation));
            }
        } else {
            properties.put(REFUSAL, refusal);
        }
    }

    private static String refusal(HandshakeRequest request) {
        var headers = request.getHeaders();
        if (!SameOrigin.allows(Headers.first(headers, "Origin"), Headers.first(headers, "Host"))) {
            return "cross-site";
        }
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            return "login-required";
        }
        if (!request.isUserInRole(Role.TENANT.name())) {
            return "tenant-only";
        }
        return null;
    }
}
