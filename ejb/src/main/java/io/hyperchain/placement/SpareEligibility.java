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
        var sampled = tenantNodes.stream().filter(node -> node.samples() > 0).toList();
        if (sampled.isEmpty()) {
            return false;
        }
        double average = sampled.stream().mapToDouble(node -> node.load().combined()).average().orElse(0);
        return average >= threshold;
    }
}
