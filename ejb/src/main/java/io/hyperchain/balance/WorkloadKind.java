package io.hyperchain.balance;

import java.util.Locale;
import java.util.Optional;

/** What a container runs, as its tenant says, which decides whether balancing may move it (P1.8). */
public enum WorkloadKind {
    /** Long-running service work: balancing may move it unless pinned. */
    SERVICE,
    /** Work that runs to an end: it finishes where it started and never moves. */
    BATCH;

    /** "service" or "batch" (or SERVICE, BATCH), exactly; empty for anything else. */
    public static Optional<WorkloadKind> byWord(String text) {
        for (WorkloadKind kind : values()) {
            if (kind.word().equals(text) || kind.name().equals(text)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The lower-case word the API speaks. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
