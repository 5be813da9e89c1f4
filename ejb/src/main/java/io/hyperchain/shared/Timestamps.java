package io.hyperchain.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;

/** What a native query hands back for a TIMESTAMP column, as an Instant (UTC connection). */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant toInstant(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof LocalDateTime ldt) {
            return Timestamp.valueOf(ldt).toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("unexpected timestamp type " + (value == null ? "null" : value.getClass()));
    }
}
