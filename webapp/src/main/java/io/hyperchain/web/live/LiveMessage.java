package io.hyperchain.web.live;

import io.hyperchain.live.LiveEvent;
import java.io.Serializable;

/** A live event as it crosses the Hazelcast grid to every portal instance. */
public record LiveMessage(String topic, Long tenantId, String subject) implements Serializable {

    static LiveMessage of(LiveEvent event) {
        return new LiveMessage(event.topic(), event.tenantId(), event.subject());
    }
}
