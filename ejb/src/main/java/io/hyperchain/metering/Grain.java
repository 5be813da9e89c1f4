package io.hyperchain.metering;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A rollup grain, as the rollup tables' {@code grain} column names it, and the bucket a moment falls
 * in. One list for every rollup ({@link RollupTable}) and every span read from them ({@link RollupSpan}).
 */
public enum Grain {
    MINUTE(ChronoUnit.MINUTES), HOUR(ChronoUnit.HOURS), DAY(ChronoUnit.DAYS);

    final ChronoUnit unit;

    Grain(ChronoUnit unit) {
        this.unit = unit;
    }

    /** The start of the bucket {@code at} falls in (UTC). */
    public Instant bucketOf(Instant at) {
        return at.truncatedTo(unit);
    }
}
