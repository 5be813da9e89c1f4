package io.hyperchain.environment;

import io.hyperchain.shared.DomainException;
import java.util.Locale;

/** What a container runs, as its tenant says (P1.8): whether rebalancing may move it at all. */
public enum WorkloadKind {
    /** Long-running: may be moved to a quieter node unless pinned. */
    SERVICE,
    /** A job with an end: never moved, it would start over. */
    BATCH;

    /** "service" or "batch" (or SERVICE, BATCH); anything else is refused naming the field. */
    public static WorkloadKind parse(String text) {
        for (WorkloadKind kind : values()) {
            if (kind.word().equals(text) || kind.name().equals(text)) {
                return kind;
            }
        }
        throw DomainException.invalid("kind", "kind.invalid", "kind is \"service\" or \"batch\".");
    }

    /** The lower-case word the API speaks. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
