package io.hyperchain.cluster;

import io.hyperchain.placement.BaseAllotment;
import io.hyperchain.placement.Load;
import io.hyperchain.placement.NodeSnapshot;
import io.hyperchain.placement.TenantLimit;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the node table and the assignments into the snapshots the placement core decides on.
 * Until load is measured, a node's load is what its tenants were promised (P1.2 allows this).
 */
@Stateless
public class NodeLoads {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    SpareNode spares;

    /** Every node as placement sees it; the elected spare is marked, so it takes no regular tenant (P1.5). */
    public List<NodeSnapshot> snapshots(BaseAllotment base) {
        Map<Long, Integer> tenants = tenantsPerNode();
        long spare = spares.current().orElse(-1L);
        return em.createQuery("select n from Node n", Node.class).getResultList().stream()
                .map(node -> snapshot(node, tenants.getOrDefault(node.id(), 0), base, node.id() == spare))
                .toList();
    }

    public Map<Long, Integer> tenantsPerNode() {
        Map<Long, Integer> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        var rows = (List<Object[]>) em.createNativeQuery("select node_id, count(*) from assignment group by node_id")
                .getResultList();
        rows.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
        return counts;
    }

    public static NodeSnapshot snapshot(Node node, int assignedTenants, BaseAllotment base, boolean spare) {
        var capacity = node.capacity();
        return new NodeSnapshot(node.id(), node.name(), node.state() != NodeState.MAINTENANCE,
                node.state() == NodeState.DRAINING, spare,
                TenantLimit.of(capacity.cpu(), capacity.memoryGiB(), capacity.diskGiB(), base),
                assignedTenants,
                Load.fromAssignments(assignedTenants, capacity.cpu(), capacity.memoryGiB(), capacity.diskGiB(), base));
    }
}
