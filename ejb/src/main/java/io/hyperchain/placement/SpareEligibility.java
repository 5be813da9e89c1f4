package io.hyperchain.placement;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * P1.5: a tenant may use the shared spare when the average load of their own nodes over the
 * window is at or above the threshold. Nodes without samples say nothing either way. The same
 * rule decides who gets a container on the spare at start and whom the admin sees listed.
 */
public final class SpareEligibility {

    /** How far back a tenant's nodes' load is averaged to judge spare use. */
    public static final Duration WINDOW = Duration.ofDays(30);

    /** A tenant the spare serves, with their nodes' mean load (a share, 0..1). */
    public record BusyTenant(long tenantId, double averageLoad) {
    }

    private SpareEligibility() {
    }

    /** The mean load of the tenant's sampled nodes is at or above the threshold. */
    public static boolean mayUseSpare(Collection<NodeAverage> tenantNodes, double threshold) {
        var sampled = NodeAverage.sampled(tenantNodes);
        return !sampled.isEmpty() && NodeAverage.meanCombined(sampled) >= threshold;
    }

    /** The spare joins a tenant's environment when the tenant does not hold the spare node itself and is busy. */
    public static boolean joins(long spareNodeId, Collection<Long> tenantNodeIds, Map<Long, NodeAverage> averages,
                                double threshold) {
        return !tenantNodeIds.contains(spareNodeId) && mayUseSpare(of(tenantNodeIds, averages), threshold);
    }

    /** Every tenant the spare joins, busiest first (then by id, so the list is repeatable). */
    public static List<BusyTenant> tenantsServed(long spareNodeId, Map<Long, ? extends Collection<Long>> nodesByTenant,
                                                 Map<Long, NodeAverage> averages, double threshold) {
        return nodesByTenant.entrySet().stream()
                .filter(tenant -> joins(spareNodeId, tenant.getValue(), averages, threshold))
                .map(tenant -> new BusyTenant(tenant.getKey(),
                        NodeAverage.meanCombined(NodeAverage.sampled(of(tenant.getValue(), averages)))))
                .sorted(Comparator.comparingDouble(BusyTenant::averageLoad).reversed()
                        .thenComparingLong(BusyTenant::tenantId))
                .toList();
    }

    private static List<NodeAverage> of(Collection<Long> nodeIds, Map<Long, NodeAverage> averages) {
        return nodeIds.stream().map(averages::get).filter(Objects::nonNull).toList();
    }
}
