package io.hyperchain.balance;

import java.time.Duration;
import java.util.Objects;

/**
 * The settings of a rebalancing round (P1.8).
 *
 * @param imbalanceThreshold act only above this imbalance ({@link Imbalance})
 * @param sustainSamples     ... and only once it has been above it for this many consecutive samples
 * @param minImprovement     a move must lower the imbalance between its source and target by at least
 *                           this much (see {@link Rebalancer})
 * @param maxMovesPerRound   at most this many moves in one round
 * @param coolDown           a container moved less than this long ago does not move again
 * @param loadThreshold      a target's combined load must stay under this after the move
 */
public record RebalancePolicy(double imbalanceThreshold, int sustainSamples, double minImprovement,
                              int maxMovesPerRound, Duration coolDown, double loadThreshold) {

    public RebalancePolicy {
        requireBetween("imbalanceThreshold", imbalanceThreshold, 0, 10);
        if (sustainSamples < 1) {
            throw new IllegalArgumentException("sustainSamples must be at least 1, was " + sustainSamples);
        }
        requireBetween("minImprovement", minImprovement, 0, 10);
        if (maxMovesPerRound < 0) {
            throw new IllegalArgumentException("maxMovesPerRound cannot be negative, was " + maxMovesPerRound);
        }
        Objects.requireNonNull(coolDown, "coolDown");
        if (coolDown.isNegative()) {
            throw new IllegalArgumentException("coolDown cannot be negative, was " + coolDown);
        }
        if (!(loadThreshold > 0) || loadThreshold > 10) {
            throw new IllegalArgumentException("loadThreshold must be above 0 and at most 10, was " + loadThreshold);
        }
    }

    /** Threshold 0.25 held for 3 samples, margin 0.02, 2 moves a round, 1 h cool-down, load under 0.8. */
    public static RebalancePolicy defaults() {
        return new RebalancePolicy(0.25, 3, 0.02, 2, Duration.ofHours(1), 0.8);
    }

    private static void requireBetween(String name, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw new IllegalArgumentException(name + " must be between " + low + " and " + high + ", was " + value);
        }
    }
}
