package io.hyperchain.billing.rating;

import java.time.Instant;

/** The plan version that applies to a tenant from {@code start} (inclusive) to {@code end} (exclusive). */
public record PlanSegment(PlanVersion plan, Instant start, Instant end) {
}
