package io.hyperchain.web.live;

import io.hyperchain.shared.DomainException;
import io.hyperchain.tenant.AccountDirectory;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;

/**
 * A page's live channel (P4.5): the page opens it, the portal only ever sends on it. The audience is
 * decided here, once, from the logged-in user (admins, or the user's own tenant), never from what a
 * page asks for.
 */
@ServerEndpoint(value = "/live", configurator = LiveHandshake.class)
public class LiveEndpoint {

    @Inject
    AccountDirectory accounts;

    @Inject
    LiveSockets sockets;

    @OnOpen
    public void open(Session session) {
        String audience = null;
        if (session.getUserProperties().get(LiveHandshake.EMAIL) instanceof String email) {
            try {
                audience = LiveAudience.of(accounts.profile(email));
            } catch (DomainException gone) {
                audience = null;
            }
        }
        if (audience == null) {
            try {
                session.close(new CloseReason(CloseCodes.VIOLATED_POLICY, "no live pages for this caller"));
            } catch (IOException ignored) {
                // it is going away either way
            }
            return;
        }
        session.setMaxIdleTimeout(0);
        sockets.add(audience, session);
    }

    @OnClose
    public void close(Session session) {
        sockets.remove(session);
    }

    @OnError
    public void error(Session session, Throwable error) {
        sockets.remove(session);
    }
}
