package io.hyperchain.metering;

import java.time.Duration;

/**
 * P3.2: what a sampling pass cost the portal, as a share of one CPU core per node sampled over the
 * interval the pass stands for: CPU time / (interval × nodes). Sampling every 15 s, a pass over 6
 * nodes that took 13.5 ms of CPU cost 0.015 % of a core per node.
 *
 * @param cpu      the CPU time of every thread that worked on the pass ({@link LoadSampler.Outcome#cpu()})
 * @param interval the time until the next pass (the schedule's gap)
 * @param nodes    the nodes the pass asked
 */
public record SamplingCost(Duration cpu, Duration interval, int nodes) {

    /** The sampler should take less than 0.1 % of a core per node (P3.2). */
    public static final double BUDGET = 0.001;

    public SamplingCost {
        if (cpu.isNegative() || interval.isNegative() || interval.isZero() || nodes < 0) {
            throw new IllegalArgumentException("a pass's cost needs a CPU time, an interval and a node count: "
                    + cpu + ", " + interval + ", " + nodes);
        }
    }

    /** CPU time over interval × nodes; a pass that found no node counts its whole cost against one. */
    public double shareOfCorePerNode() {
        return (double) cpu.toNanos() / ((double) interval.toNanos() * Math.max(1, nodes));
    }

    /** Whether the pass stayed under {@link #BUDGET}. */
    public boolean withinBudget() {
        return shareOfCorePerNode() < BUDGET;
    }
}
