package io.hyperchain.balance;

import io.hyperchain.placement.Load;
import java.util.Collection;
import java.util.Objects;

/**
 * P1.8, P3.1: how unevenly load is spread over nodes, as the coefficient of variation (population
 * standard deviation over mean) of each resource, the worst of CPU, memory and disk counting: the
 * CloudStack DRS / OpenStack Watcher metric over all resources at once. 0 is perfectly even.
 */
public final class Imbalance {

    /**
     * A resource whose mean load is under this share counts as even whatever its spread: σ/μ of
     * near-idle figures is noise (2 % against 0 % is "100 % imbalance"), and chasing it would move
     * containers for nothing.
     */
    public static final double IDLE_MEAN = 0.05;

    private Imbalance() {
    }

    /** σ/μ per resource; each is 0 when the mean is 0 or there are fewer than 2 nodes. */
    public record PerDimension(double cpu, double memory, double disk) {

        /** The worst resource's spread. */
        public double max() {
            return Math.max(cpu, Math.max(memory, disk));
        }
    }

    /** The worst resource's σ/μ over the given nodes' loads. */
    public static double of(Collection<Load> nodeLoads) {
        return perDimension(nodeLoads).max();
    }

    public static PerDimension perDimension(Collection<Load> nodeLoads) {
        Objects.requireNonNull(nodeLoads, "nodeLoads");
        int n = nodeLoads.size();
        double[] sum = new double[3];
        for (Load load : nodeLoads) {
            sum[0] += load.cpu();
            sum[1] += load.memory();
            sum[2] += load.disk();
        }
        double[] squares = new double[3];
        for (Load load : nodeLoads) {
            squares[0] += square(load.cpu() - sum[0] / n);
            squares[1] += square(load.memory() - sum[1] / n);
            squares[2] += square(load.disk() - sum[2] / n);
        }
        return new PerDimension(spread(n, sum[0], squares[0]), spread(n, sum[1], squares[1]),
                spread(n, sum[2], squares[2]));
    }

    /** σ/μ from a count, a sum and the sum of squared deviations (two-pass, no cancellation). */
    private static double spread(int n, double sum, double squaredDeviations) {
        if (n < 2 || sum <= 0 || sum / n < IDLE_MEAN) {
            return 0;
        }
        double mean = sum / n;
        return Math.sqrt(squaredDeviations / n) / mean;
    }

    /** σ/μ from a count, a sum and a sum of squares, as {@link WorkingPool} keeps them. */
    static double fromSums(int n, double sum, double sumOfSquares) {
        if (n < 2 || sum <= 0 || sum / n < IDLE_MEAN) {
            return 0;
        }
        double mean = sum / n;
        double variance = sumOfSquares / n - mean * mean;
        return variance <= 0 ? 0 : Math.sqrt(variance) / mean;
    }

    private static double square(double x) {
        return x * x;
    }
}
