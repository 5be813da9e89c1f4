package io.hyperchain.placement;

import java.util.Collection;

/**
 * P1.5: a tenant may use the shared spare when the average load of their own nodes over the
 * period is at or above the threshold. Nodes without samples say nothing either way.
 */
public final class SpareEligibility {

    private SpareEligibility() {
    }

    public static boolean mayUseSpare(Collection<NodeAverage> tenantNodes, double threshold) {
        var sampled = NodeAverage.sampled(tenantNodes);
        if (sampled.isEmpty()) {
            return false;
        }
        return NodeAverage.meanCombined(sampled) >= threshold;
    }
}
