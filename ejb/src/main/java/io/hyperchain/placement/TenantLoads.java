package io.hyperchain.placement;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * P1.6: what a tenant's nodes averaged, the way the admin chose ({@link LoadAveraging}). Over the
 * period every tenant of a node is judged by the same node average; over usage hours each tenant by
 * the node's average in only the hours their own environment ran, so a node busy with others
 * while the tenant was away does not count against them.
 */
public final class TenantLoads {

    /** A node's average over the hours one tenant's environment ran. */
    public record TenantNodeAverage(long tenantId, NodeAverage average) {
    }

    private final LoadAveraging averaging;
    private final Map<Long, NodeAverage> byNode;
    private final Map<Long, Map<Long, NodeAverage>> byTenant;

    private TenantLoads(LoadAveraging averaging, Map<Long, NodeAverage> byNode, Map<Long, Map<Long, NodeAverage>> byTenant) {
        this.averaging = averaging;
        this.byNode = byNode;
        this.byTenant = byTenant;
    }

    /** Every hour of the period counts: one average per node. */
    public static TenantLoads overPeriod(Collection<NodeAverage> nodes) {
        Map<Long, NodeAverage> byNode = new HashMap<>();
        nodes.forEach(node -> byNode.put(node.nodeId(), node));
        return new TenantLoads(LoadAveraging.PERIOD, byNode, Map.of());
    }

    /** Only the hours each tenant ran count: one average per tenant and node. */
    public static TenantLoads overUsageHours(Collection<TenantNodeAverage> averages) {
        Map<Long, Map<Long, NodeAverage>> byTenant = new HashMap<>();
        averages.forEach(entry -> byTenant.computeIfAbsent(entry.tenantId(), tenant -> new HashMap<>())
                .put(entry.average().nodeId(), entry.average()));
        return new TenantLoads(LoadAveraging.USAGE_HOURS, Map.of(), byTenant);
    }

    /** The averages this tenant's nodes are judged by; a node with nothing measured is left out. */
    public List<NodeAverage> of(long tenantId, Collection<Long> nodeIds) {
        Map<Long, NodeAverage> source = averaging == LoadAveraging.PERIOD ? byNode
                : byTenant.getOrDefault(tenantId, Map.of());
        return nodeIds.stream().map(source::get).filter(Objects::nonNull).toList();
    }

    public LoadAveraging averaging() {
        return averaging;
    }
}
