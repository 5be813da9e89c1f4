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

    /** The picture at one moment. */
    public record Snapshot(List<NodeTile> tiles, long tenants, long runningEnvironments, long pendingApprovals)
            implements Serializable {

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
                        !silent.contains(node.id()),
                        lastHour.containsKey(node.id()) ? lastHour.get(node.id()).load().combined() : null,
                        node.id() == spare))
                .toList();
        return new Snapshot(tiles, count("select count(*) from tenant"),
                count("select count(*) from environment where desired_state = 'RUNNING'"),
                count("select count(*) from approval where state = 'PENDING'"));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
