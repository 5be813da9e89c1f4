package io.hyperchain.placement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The nodes' measured loads a {@link KeptPlacement} keeps (P1.2, P3.1). Measured load moves
 * without a step of the placement epoch, so the epoch cannot say when to read it again: it is read
 * again once what is kept is as old as the sampling interval (a newer sample may exist by then),
 * and never sooner, so decisions in between read nothing of it.
 *
 * <p>What is kept may be read without a lock (a guard reads it holding row locks); asking whether a
 * read is due and keeping what was read are the owner's to serialise.
 */
public final class KeptMeasurements {

    /** The load-sampling job's period (its default schedule): a kept measurement older than this may be stale. */
    public static final Duration SAMPLING_INTERVAL = Duration.ofSeconds(15);

    private final Clock clock; // null: nothing is ever read
    private final Duration every;
    private volatile Map<Long, Load> loads = Map.of();
    private Instant readAt; // null until the first read

    /** Read again once what is kept is {@code every} old. */
    public KeptMeasurements(Clock clock, Duration every) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.every = Objects.requireNonNull(every, "every");
        if (every.isNegative()) {
            throw new IllegalArgumentException("every cannot be negative, was " + every);
        }
    }

    private KeptMeasurements() {
        this.clock = null;
        this.every = Duration.ZERO;
    }

    /** Never read: every node's load is what its tenants were promised. */
    public static KeptMeasurements none() {
        return new KeptMeasurements();
    }

    // Rule: measured loads are read again once what is kept is as old as the interval, and no sooner.
    public boolean due() {
        return clock != null && (readAt == null || !Instant.now(clock).isBefore(readAt.plus(every)));
    }

    /** Keeps what was just read: the measured load of each node sampled in the window, by node id. */
    public void keep(Map<Long, Load> measured) {
        loads = Map.copyOf(measured);
        readAt = clock == null ? null : Instant.now(clock);
    }

    /** The node's kept measured load; empty when it was not sampled in the window (or nothing was read). */
    public Optional<Load> of(long nodeId) {
        return Optional.ofNullable(loads.get(nodeId));
    }
}
