package io.hyperchain.billing.rating;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One usage fact: {@code rate} units of a metric (1 node, 4 cores, 20 GiB) from {@code start} to
 * {@code end} (null while still open). {@code recordedAt} is when the portal learned of it, so
 * usage that arrives after its month was finalized is visible as late.
 */
public record UsageInterval(String id, long tenantId, Metric metric, BigDecimal rate, Instant start, Instant end,
                            Instant recordedAt) {

    /** The end to rate with: the real end, or {@code asOf} while still open. */
    public Instant endOr(Instant asOf) {
        return end == null ? asOf : end;
    }
}
