package io.hyperchain.healing;

import io.hyperchain.cluster.NodeHealth;
import io.hyperchain.docker.DockerHost;
import io.hyperchain.environment.WorkloadHosts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The node rows the node watch reads and writes: liveness, written only when it changes. */
@Stateless
public class NodeLiveness {

    /** A node the watch pings: every node but those an admin took out for repair. */
    public record Watched(long id, String name, DockerHost host, Liveness liveness) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ClusterLoads loads;

    @Inject
    WorkloadHosts hosts;

    @Inject
    Clock clock;

    public List<Watched> watched() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, name, docker_host, health, missed_pings from node "
                + "where state <> 'MAINTENANCE' order by id").getResultList();
        return rows.stream().map(row -> new Watched(((Number) row[0]).longValue(), (String) row[1],
                new DockerHost((String) row[2]), new Liveness(NodeHealth.valueOf((String) row[3]),
                ((Number) row[4]).intValue()))).toList();
    }

    /**
     * Writes the node's new liveness if it still has the one the watch read (a second watch pass,
     * on another instance, that got there first wins). Returns whether this write took.
     */
    public boolean record(long nodeId, Liveness before, Liveness after) {
        return em.createNativeQuery("update node set health = ?1, missed_pings = ?2, health_changed_at = "
                        + "case when health <> ?1 then ?3 else health_changed_at end "
                        + "where id = ?4 and health = ?5 and missed_pings = ?6")
                .setParameter(1, after.health().name()).setParameter(2, after.missedPings())
                .setParameter(3, Timestamp.from(Instant.now(clock))).setParameter(4, nodeId)
                .setParameter(5, before.health().name()).setParameter(6, before.missedPings())
                .executeUpdate() == 1;
    }

    /** Where failed-over containers may go now: every node with its combined load (as placement sees it) and role. */
    public List<FailoverCandidate> candidates() {
        var holders = hosts.failoverHolders();
        return loads.now().stream().map(node -> new FailoverCandidate(node.id(),
                node.snapshot().active() && !node.snapshot().draining(), node.snapshot().spare(),
                node.load().combined(), holders.getOrDefault(node.id(), 0L))).toList();
    }
}
