package io.hyperchain.balance;

/**
 * How many consecutive samples the imbalance has been above the threshold: what the caller keeps
 * between rounds and hands to {@link Rebalancer#plan} so that a passing spike moves nothing.
 */
public final class ImbalanceStreak {

    private ImbalanceStreak() {
    }

    /** One more when the new sample is above the threshold, back to 0 when it is not. */
    public static int next(int previous, double imbalance, double threshold) {
        if (previous < 0) {
            throw new IllegalArgumentException("previous streak cannot be negative, was " + previous);
        }
        if (!(imbalance > threshold)) {
            return 0;
        }
        return previous == Integer.MAX_VALUE ? previous : previous + 1;
    }
}
