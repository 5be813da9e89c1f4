package io.hyperchain.environment;

import io.hyperchain.billing.UsageMeter;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where workloads run, and the database half of moving one (P1.8, P1.11): a failover or a move
 * takes the workload's lock, checks it is still where the caller saw it, gives it its new host
 * and epoch, and hands back what must then run. Two portal instances deciding the same move: the
 * second finds the host changed and does nothing.
 */
@Stateless
public class WorkloadHosts {

    /** A workload that runs somewhere: its own node, the engine hosting it, its epoch and tenant. */
    public record Hosted(long workloadId, long environmentId, long tenantId, long nodeId, long hostNodeId, int epoch,
                         String containerName, WorkloadState state, Instant failedOverAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    EnvironmentPlans plans;

    @Inject
    UsageMeter meter;

    @Inject
    Clock clock;

    /**
     * The powered-on workloads of running environments hosted on this node: what fails over when it
     * fails. One its tenant powered off or paused (P4.2) stays where it is, as it is, and waits for its
     * node: started elsewhere it would run against their word (powered on, it fails over then).
     */
    public List<Hosted> hostedOn(long nodeId) {
        return hosted("w.hostNodeId = :node", nodeId);
    }

    /**
     * Failed-over workloads of running environments whose own node is UP and in service again: they may go
     * home. A move starts its container, so one powered off or paused goes home once powered on again.
     */
    public List<Hosted> failedOverFromUpNodes() {
        return em.createQuery("select w, e.tenantId from Workload w, Environment e, Node n where w.environmentId = e.id "
                        + "and n.id = w.nodeId and w.failedOverAt is not null and w.hostNodeId <> w.nodeId "
                        + "and n.health = :up and n.state <> :maintenance and e.desiredState = :running "
                        + "and w.power = :on order by w.id",
                        Object[].class)
                .setParameter("on", Power.ON)
                .setParameter("up", io.hyperchain.cluster.NodeHealth.UP)
                .setParameter("maintenance", io.hyperchain.cluster.NodeState.MAINTENANCE)
                .setParameter("running", DesiredState.RUNNING)
                .getResultList().stream()
                .map(row -> hosted((Workload) row[0], (Long) row[1]))
                .toList();
    }

    private List<Hosted> hosted(String where, long nodeId) {
        return em.createQuery("select w, e.tenantId from Workload w, Environment e where w.environmentId = e.id and "
                        + where + " and e.desiredState = :running and w.power = :on order by w.id", Object[].class)
                .setParameter("node", nodeId).setParameter("running", DesiredState.RUNNING).setParameter("on", Power.ON)
                .getResultList().stream()
                .map(row -> hosted((Workload) row[0], (Long) row[1]))
                .toList();
    }

    private static Hosted hosted(Workload w, long tenantId) {
        return new Hosted(w.id(), w.environmentId(), tenantId, w.nodeId(), w.hostNodeId(), w.epoch(), w.containerName(),
                w.state(), w.failedOverAt());
    }

    /** A running container as rebalancing weighs it: its limits, kind, pin, leadership and last move. */
    public record Weighed(Hosted hosted, int cpu, int memoryGiB, io.hyperchain.balance.WorkloadKind kind, boolean pinned,
                          boolean leader, Instant movedAt) {
    }

    /**
     * Every running, powered-on container of a running environment, with what rebalancing needs to know
     * of it. A paused one (P4.2) is left out: a move would start it again unpaused. One running a batch
     * task counts as pinned.
     */
    public List<Weighed> running() {
        // P1.7: a container running a batch task is pinned while it runs (a move would kill the task);
        // read by SQL, not through the task package, which depends on this one
        @SuppressWarnings("unchecked")
        var batch = new HashSet<String>(em.createNativeQuery(
                "select distinct container_id from task where state = 'RUNNING' and kind = 'BATCH'").getResultList());
        return em.createQuery("select w, e.tenantId, e.leaderNodeId from Workload w, Environment e where w.environmentId = e.id "
                        + "and e.desiredState = :running and w.state = :up and w.power = :on order by w.id", Object[].class)
                .setParameter("running", DesiredState.RUNNING).setParameter("up", WorkloadState.RUNNING)
                .setParameter("on", Power.ON)
                .getResultList().stream()
                .map(row -> {
                    var w = (Workload) row[0];
                    return new Weighed(hosted(w, (Long) row[1]), w.cpu(), w.memoryGiB(), w.kind(),
                            w.pinned() || batch.contains(w.containerId()),
                            Long.valueOf(w.nodeId()).equals(row[2]), w.movedAt());
                })
                .toList();
    }

    /** The hosted workload, as it is now. */
    public Optional<Hosted> find(long workloadId) {
        return em.createQuery("select w, e.tenantId from Workload w, Environment e where w.environmentId = e.id "
                        + "and w.id = :id", Object[].class)
                .setParameter("id", workloadId).getResultList().stream()
                .map(row -> hosted((Workload) row[0], (Long) row[1])).findFirst();
    }

    /**
     * P1.9: the leader role of a running environment moves to {@code to}, one of its nodes; false
     * when the leader is no longer where the caller saw it.
     */
    public boolean handLeader(long environmentId, long from, long to) {
        var environment = em.find(Environment.class, environmentId, LockModeType.PESSIMISTIC_WRITE);
        if (environment == null || environment.desiredState() != DesiredState.RUNNING
                || !Long.valueOf(from).equals(environment.leaderNodeId())) {
            return false;
        }
        environment.handLeaderTo(to, Instant.now(clock));
        return true;
    }

    /** The engines the other containers of this workload's environment run on. */
    public Set<Long> environmentHosts(long environmentId) {
        return new HashSet<>(em.createQuery("select w.hostNodeId from Workload w where w.environmentId = :env", Long.class)
                .setParameter("env", environmentId).getResultList());
    }

    /**
     * The epoch each workload container on this node should have at least, by container name: what
     * fencing and the reconciler keep. A move's source keeps its container of the epoch before until
     * the files have arrived.
     */
    public Map<String, Integer> epochsHostedOn(long nodeId) {
        Map<String, Integer> epochs = new HashMap<>();
        em.createQuery("select w.containerName, w.epoch - 1 from Workload w where w.movingFromNodeId = :node", Object[].class)
                .setParameter("node", nodeId).getResultList()
                .forEach(row -> epochs.put((String) row[0], ((Number) row[1]).intValue()));
        em.createQuery("select w.containerName, w.epoch from Workload w where w.hostNodeId = :node", Object[].class)
                .setParameter("node", nodeId).getResultList()
                .forEach(row -> epochs.put((String) row[0], ((Number) row[1]).intValue()));
        return epochs;
    }

    /** For each node that holds failed-over containers, the failed node they came from. */
    public Map<Long, Long> failoverHolders() {
        Map<Long, Long> holders = new HashMap<>();
        em.createQuery("select w.hostNodeId, min(w.nodeId) from Workload w where w.failedOverAt is not null "
                        + "and w.hostNodeId <> w.nodeId group by w.hostNodeId", Object[].class)
                .getResultList().forEach(row -> holders.put((Long) row[0], (Long) row[1]));
        return holders;
    }

    /**
     * P1.11: the workload's node failed; from now on it runs on {@code target}. Empty when it no
     * longer runs on {@code failedNode} (another pass moved it, or it was stopped). Its usage ends
     * now: not billed until it runs again.
     */
    public Optional<EnvironmentPlans.Ensure> failOver(long workloadId, long failedNode, long target) {
        return rehost(workloadId, failedNode, workload -> workload.failOver(target, Instant.now(clock)));
    }

    /** P1.8: the first half of a cold move: the workload now belongs on {@code target}, in a new epoch. */
    public Optional<EnvironmentPlans.Ensure> moveTo(long workloadId, long from, long target) {
        return rehost(workloadId, from, workload -> workload.moveTo(target, Instant.now(clock)));
    }

    private Optional<EnvironmentPlans.Ensure> rehost(long workloadId, long expectedHost,
                                                     java.util.function.Consumer<Workload> change) {
        var workload = em.find(Workload.class, workloadId, LockModeType.PESSIMISTIC_WRITE);
        // P4.2: one powered off or paused since the caller looked stays where it is
        if (workload == null || workload.hostNodeId() != expectedHost || workload.power() != Power.ON) {
            return Optional.empty();
        }
        var environment = em.find(Environment.class, workload.environmentId());
        if (environment.desiredState() != DesiredState.RUNNING) {
            return Optional.empty();
        }
        change.accept(workload);
        meter.close(UsageMeter.workload(workloadId));
        em.flush();
        return Optional.of(plans.ensure(environment.tenantId(), workload));
    }
}
