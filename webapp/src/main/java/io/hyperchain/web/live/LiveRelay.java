package io.hyperchain.web.live;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import io.hyperchain.live.LiveEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The slides' publish/subscribe (P4.5) with what Payara ships: a committed live event is pushed to
 * this instance's open pages and published on the Hazelcast grid, where every other instance
 * receives it and pushes it to its own pages whose audience may see it. A page on instance B thus
 * hears of what happened on instance A; no instance keeps a list of another's pages. This instance
 * pushes directly rather than by the grid's loop-back, so a portal running alone (no grid) is live too.
 */
@ApplicationScoped
public class LiveRelay {

    private static final Logger LOG = Logger.getLogger(LiveRelay.class.getName());

    @Inject
    @Outbound
    Event<LiveMessage> grid;

    @Inject
    LiveSockets pages;

    /** After commit only: a page told of a change must find it when it reloads, and a rollback tells nothing. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveEvent event) {
        var message = LiveMessage.of(event);
        push(message);
        try {
            grid.fire(message);
        } catch (RuntimeException e) {
            // live pages are a convenience: a grid hiccup must not fail the action that committed
            LOG.log(Level.WARNING, "live event not published: " + event.topic(), e);
        }
    }

    void arrived(@Observes @Inbound LiveMessage message) {
        push(message);
    }

    private void push(LiveMessage message) {
        var body = io.hyperchain.web.JsonValues.object()
                .add("topic", message.topic())
                .add("subject", message.subject() == null ? "" : message.subject())
                // the grid's thread knows no page's language: both titles travel, the page picks its own
                .add("en", LiveTitles.of(message.topic(), java.util.Locale.ROOT))
                .add("ko", LiveTitles.of(message.topic(), java.util.Locale.KOREAN))
                .add("quiet", LiveTitles.quiet(message.topic()));
        pages.send(LiveAudience.of(message), body.build().toString());
    }
}
