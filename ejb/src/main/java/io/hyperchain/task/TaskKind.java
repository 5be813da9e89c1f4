package io.hyperchain.task;

import java.util.Locale;
import java.util.Optional;

/**
 * What a task is to rebalancing and healing (P1.8, P1.11): a service may move with its container
 * and is started again elsewhere when its node is lost; a batch task never moves and is not
 * restarted (it would redo work that may have half happened).
 */
public enum TaskKind {
    SERVICE, BATCH;

    /** "service" or "batch", in any case; empty for anything else. */
    public static Optional<TaskKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (TaskKind kind : values()) {
            if (kind.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
