package io.hyperchain.cluster;

import io.hyperchain.placement.BaseAllotment;
import io.hyperchain.placement.KeptPlacement.Cloud;
import io.hyperchain.placement.KeptPlacement.CountedNode;
import io.hyperchain.placement.NodeFacts;
import io.hyperchain.placement.NodeSnapshot;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The node table and the assignments as placement reads them: the epoch and its log (sql/V17),
 * nodes with their tenant counts, and the chosen nodes' rows locked for a guarded commit. The load
 * made from these is what the tenants were promised; {@link PlacementPool} puts a node's measured
 * load in its place where the node was sampled in the load window (P1.2).
 */
@Stateless
public class NodeLoads {

    private static final String FACTS = "select id, name, state, cpu, memory_gib, disk_gib, health from node";

    @PersistenceContext
    EntityManager em;

    @Inject
    SpareNode spares;

    /** The placement epoch now: one primary-key read. */
    public long epoch() {
        return ((Number) em.createNativeQuery("select epoch from placement_epoch where id = 1").getSingleResult())
                .longValue();
    }

    /** Every node with its tenant count and the elected spare; the epoch is read first, so the rest is at least as new. */
    public Cloud cloud() {
        long epoch = epoch();
        var spare = spares.current();
        Map<Long, Integer> tenants = tenantsPerNode();
        List<CountedNode> nodes = facts(em.createNativeQuery(FACTS)).stream()
                .map(node -> new CountedNode(node, tenants.getOrDefault(node.id(), 0)))
                .toList();
        return new Cloud(epoch, spare, nodes);
    }

    /**
     * The nodes the epoch's steps after {@code after} up to {@code upTo} touched; empty when the log
     * no longer holds all of them (it keeps the last 10,000) or one touched every node (a new spare).
     */
    public Optional<Set<Long>> changed(long after, long upTo) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select node_id from placement_change where epoch > ?1 and epoch <= ?2")
                .setParameter(1, after).setParameter(2, upTo).getResultList();
        if (rows.size() != upTo - after) {
            return Optional.empty();
        }
        Set<Long> nodes = new HashSet<>();
        for (Object row : rows) {
            if (row == null) {
                return Optional.empty();
            }
            nodes.add(((Number) row).longValue());
        }
        return Optional.of(nodes);
    }

    /** These nodes and their tenant counts now; a node that is gone is left out. */
    public List<CountedNode> nodes(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> tenants = tenantsOn(ids);
        return facts(em.createNativeQuery(FACTS + " where id in (?1)").setParameter(1, List.copyOf(ids))).stream()
                .map(node -> new CountedNode(node, tenants.getOrDefault(node.id(), 0)))
                .toList();
    }

    /**
     * Locks these nodes' rows until the transaction ends, in ascending id order (the primary key's
     * order: every placement takes node locks the same way, so two of them never wait on each other
     * in a circle), and returns them as they are now. A node that is gone is left out.
     */
    public List<NodeFacts> lock(Collection<Long> ids) {
        return facts(em.createNativeQuery("select id, name, state, cpu, memory_gib, disk_gib, health from node force index (primary) "
                + "where id in (?1) order by id for update").setParameter(1, List.copyOf(ids)));
    }

    /** How many tenants each of these nodes holds (a node with none is left out): one grouped count over those nodes only. */
    public Map<Long, Integer> tenantsOn(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return counts(em.createNativeQuery("select node_id, count(*) from assignment where node_id in (?1) group by node_id")
                .setParameter(1, List.copyOf(ids)).getResultList());
    }

    private Map<Long, Integer> tenantsPerNode() {
        return counts(em.createNativeQuery("select node_id, count(*) from assignment group by node_id").getResultList());
    }

    private static Map<Long, Integer> counts(List<?> rows) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put(((Number) columns[0]).longValue(), ((Number) columns[1]).intValue());
        }
        return counts;
    }

    private static List<NodeFacts> facts(jakarta.persistence.Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(NodeLoads::facts).toList();
    }

    private static NodeFacts facts(Object[] row) {
        var state = NodeState.valueOf((String) row[2]);
        // a node whose engine is DOWN is out of service like one in maintenance, until it is fenced and UP
        boolean up = NodeHealth.valueOf((String) row[6]) == NodeHealth.UP;
        return new NodeFacts(((Number) row[0]).longValue(), (String) row[1], up && state != NodeState.MAINTENANCE,
                state == NodeState.DRAINING, ((Number) row[3]).intValue(), ((Number) row[4]).intValue(),
                ((Number) row[5]).intValue());
    }

    public static NodeFacts facts(Node node) {
        var capacity = node.capacity();
        return new NodeFacts(node.id(), node.name(), node.health() == NodeHealth.UP && node.state() != NodeState.MAINTENANCE,
                node.state() == NodeState.DRAINING, capacity.cpu(), capacity.memoryGiB(), capacity.diskGiB());
    }

    public static NodeSnapshot snapshot(Node node, int assignedTenants, BaseAllotment base, boolean spare) {
        return facts(node).snapshot(assignedTenants, base, spare);
    }
}
