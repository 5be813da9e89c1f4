package io.hyperchain.web.live;

import io.hyperchain.web.shell.Headers;
import io.hyperchain.web.shell.SameOrigin;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * The live channel's handshake: from the portal's own pages only (same origin), by a logged-in user
 * (the HTTP session's login, as for the shell). Who it is travels to the endpoint in the
 * connection's user properties; the endpoint decides what they may hear.
 */
public class LiveHandshake extends ServerEndpointConfig.Configurator {

    static final String EMAIL = "io.hyperchain.live.email";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        var properties = config.getUserProperties();
        properties.remove(EMAIL);
        var headers = request.getHeaders();
        if (SameOrigin.allows(Headers.first(headers, "Origin"), Headers.first(headers, "Host"))
                && request.getUserPrincipal() != null) {
            properties.put(EMAIL, request.getUserPrincipal().getName());
        }
    }
}
