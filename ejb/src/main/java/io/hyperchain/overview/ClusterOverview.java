package io.hyperchain.overview;

import io.hyperchain.cluster.Node;
import io.hyperchain.metering.LoadStore;
import io.hyperchain.placement.NodeAverage;
import io.hyperchain.spare.SpareService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The admin's cluster at a glance: every node with its last hour's measured load, whether its
 * engine answered the latest sampling pass and whether it is the spare, plus counts of tenants,
 * running environments and approvals waiting. Read from the database only (no engine is asked),
 * so it stays quick with hundreds of nodes.
 */
@Stateless
public class ClusterOverview {

    /** One thing healing or balancing did (P1.8–P1.12): from the audit log, newest first. */
    public record HealingEvent(java.time.Instant at, String action, String subject) implements Serializable {

        public java.util.Date getAt() {
            return java.util.Date.from(at);
        }

        public String getAction() {
            return action;
        }

        public String getSubject() {
            return subject;
        }
    }

    /** What the overview lists as healing: a node down or back, failovers, moves, handoffs, a held failover. */
    static final List<String> HEALING_ACTIONS = List.of("node.down", "node.fenced", "workload.failedOver",
            "workload.returned", "workload.moved", "leader.handoff", "failover.held", "spare.overloaded");

    /** The picture at one moment. */
    public record Snapshot(List<NodeTile> tiles, long tenants, long runningEnvironments, long pendingApprovals,
                           List<HealingEvent> healing) implements Serializable {

        /** P1.11: more than a third of the nodes down: the portal holds failover, as a network split looks like that. */
        public boolean isFailoverHeld() {
            long down = tiles.stream().filter(tile -> !tile.answering() && tile.state() != io.hyperchain.cluster.NodeState.MAINTENANCE).count();
            long watched = tiles.stream().filter(tile -> tile.state() != io.hyperchain.cluster.NodeState.MAINTENANCE).count();
            return !io.hyperchain.healing.SplitGuard.mayFailOver((int) down, (int) watched);
        }

        /** Nodes down, in maintenance or draining. */
        public long needingAttention() {
            return tiles.stream().filter(NodeTile::needsAttention).count();
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    LoadStore loads;

    @Inject
    SpareService spares;

    @Inject
    Clock clock;

    public Snapshot now() {
        List<Node> nodes = loads.nodes();
        Instant now = Instant.now(clock);
        // the same measured load the tenant's node pictures show: this hour's and the last hour's rollups
        Map<Long, NodeAverage> lastHour = new HashMap<>();
        loads.averagesOf(nodes.stream().map(Node::id).toList(), now.minus(Duration.ofHours(1)), now.plusSeconds(1))
                .stream().filter(average -> average.samples() > 0)
                .forEach(average -> lastHour.put(average.nodeId(), average));
        Set<Long> silent = loads.silentInLatestPass();
        long spare = spares.current().map(SpareService.Election::nodeId).orElse(-1L);
        var tiles = nodes.stream().map(node -> new NodeTile(node.id(), node.name(), node.state(),
                        node.health() == io.hyperchain.cluster.NodeHealth.UP && !silent.contains(node.id()),
                        lastHour.containsKey(node.id()) ? lastHour.get(node.id()).load().combined() : null,
                        node.id() == spare))
                .toList();
        return new Snapshot(tiles, count("select count(*) from tenant"),
                count("select count(*) from environment where desired_state = 'RUNNING'"),
                count("select count(*) from approval where state = 'PENDING'"), healing());
    }

    private List<HealingEvent> healing() {
        return em.createQuery("select e from AuditEntry e where e.action in :actions order by e.at desc, e.id desc",
                        io.hyperchain.shared.AuditEntry.class)
                .setParameter("actions", HEALING_ACTIONS).setMaxResults(20).getResultList().stream()
                .map(e -> new HealingEvent(e.at(), e.action(), e.subject())).toList();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
