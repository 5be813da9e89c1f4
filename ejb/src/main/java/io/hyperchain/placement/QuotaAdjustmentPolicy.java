package io.hyperchain.placement;

import java.util.Collection;
import java.util.Locale;

/**
 * P1.6: once a period, a tenant's node count goes up when their nodes were busy (average at or
 * over the high threshold), down when they were little used (under the low threshold, never below
 * one node), else stays. The reason carries the numbers and the hours they were taken over.
 */
public final class QuotaAdjustmentPolicy {

    public enum Kind { INCREASE, DECREASE, KEEP }

    /** What to do with one tenant and why. */
    public record Proposal(Kind kind, int currentNodes, int proposedNodes, String reason) {
    }

    private QuotaAdjustmentPolicy() {
    }

    /** Judged over the whole period. */
    public static Proposal propose(int currentNodes, Collection<NodeAverage> tenantNodes, double high, double low) {
        return propose(currentNodes, tenantNodes, high, low, LoadAveraging.PERIOD);
    }

    public static Proposal propose(int currentNodes, Collection<NodeAverage> tenantNodes, double high, double low,
                                   LoadAveraging averaging) {
        var sampled = NodeAverage.sampled(tenantNodes);
        if (currentNodes < 1 || sampled.isEmpty()) {
            return new Proposal(Kind.KEEP, currentNodes, currentNodes, nothingMeasured(averaging));
        }
        double average = NodeAverage.meanCombined(sampled);
        String measured = String.format(Locale.ROOT, "average load %.1f %% over %d node(s)", average * 100, sampled.size())
                + over(averaging);
        if (average >= high) {
            return new Proposal(Kind.INCREASE, currentNodes, currentNodes + 1,
                    measured + String.format(Locale.ROOT, " is at or over %.0f %%: one more node", high * 100));
        }
        if (average < low && currentNodes > 1) {
            return new Proposal(Kind.DECREASE, currentNodes, currentNodes - 1,
                    measured + String.format(Locale.ROOT, " is under %.0f %%: one node fewer", low * 100));
        }
        return new Proposal(Kind.KEEP, currentNodes, currentNodes, measured + ": no change");
    }

    // the hours the figure was taken over, said only when it is not the whole period
    private static String over(LoadAveraging averaging) {
        return averaging == LoadAveraging.USAGE_HOURS ? " in the hours the environment ran" : "";
    }

    // no sample: nothing is known, so nothing changes; over usage hours that means the environment never ran
    private static String nothingMeasured(LoadAveraging averaging) {
        return averaging == LoadAveraging.USAGE_HOURS
                ? "the environment did not run in the period (or nothing was sampled then): no change"
                : "no load samples for the period: no change";
    }
}
