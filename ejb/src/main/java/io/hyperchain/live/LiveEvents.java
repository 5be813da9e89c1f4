package io.hyperchain.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Raises live events as plain CDI events. The web tier relays them to every portal instance once
 * the raising transaction has committed, so no page is told of a change it cannot read yet, and
 * nothing is told of a change that rolled back.
 */
@ApplicationScoped
public class LiveEvents {

    @Inject
    Event<LiveEvent> events;

    public void publish(LiveEvent event) {
        events.fire(event);
    }
}
