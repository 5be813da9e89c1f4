package io.hyperchain.web.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This instance's open live channels by audience. Only sockets live here, and a socket is this
 * instance's by nature: every other instance keeps its own and hears the same events from the grid.
 */
@ApplicationScoped
public class LiveSockets {

    private static final String AUDIENCE = "io.hyperchain.live.audience";

    private final Map<String, Set<Session>> byAudience = new ConcurrentHashMap<>();

    void add(String audience, Session session) {
        session.getUserProperties().put(AUDIENCE, audience);
        byAudience.computeIfAbsent(audience, a -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void remove(Session session) {
        if (session.getUserProperties().get(AUDIENCE) instanceof String audience) {
            var sessions = byAudience.get(audience);
            if (sessions != null) {
                sessions.remove(session);
            }
        }
    }

    /** Sends the text to every open channel of these audiences; a channel that went away is dropped. */
    void send(Collection<String> audiences, String text) {
        for (String audience : audiences) {
            for (Session session : byAudience.getOrDefault(audience, Set.of())) {
                if (session.isOpen()) {
                    session.getAsyncRemote().sendText(text);
                } else {
                    remove(session);
                }
            }
        }
    }
}
