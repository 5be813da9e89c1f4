package io.hyperchain.environment;

import io.hyperchain.docker.ContainerSpec;
import io.hyperchain.shared.Installation;

import io.hyperchain.billing.UsageMeter;
import io.hyperchain.billing.UsageRows;
import io.hyperchain.billing.rating.Metric;
import io.hyperchain.cluster.Assignment;
import io.hyperchain.docker.DockerHost;
import io.hyperchain.cluster.Node;
import io.hyperchain.cluster.NodeAssignments;
import io.hyperchain.placement.StartLayout;
import io.hyperchain.settings.PortalSettings;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.spare.SpareService;
import io.hyperchain.template.Template;
import io.hyperchain.template.TemplateCatalogue;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The database half of starting and stopping: decides, under a lock on the tenant's environment,
 * what must run where and records the desired state first. The Docker half (EnvironmentService)
 * then carries the plan out; if the portal dies in between, the reconciler finishes it.
 */
@Stateless
public class EnvironmentPlans {

    /**
     * A container that must run: on {@code node}, the engine that hosts it now, in the workload's
     * {@code epoch} (what is recorded of it counts only while the workload is still in that epoch).
     */
    public record Ensure(long workloadId, int epoch, long tenantId, Node node, ContainerSpec spec) {

        public DockerHost host() {
            return node.dockerHost();
        }
    }

    /** A container that must go. */
    public record Removal(DockerHost host, String containerName) {
    }

    public record Plan(List<Ensure> ensure, List<Removal> remove) {
    }

    /** How long a move owns its workload before the reconciler takes it back (a move takes seconds). */
    static final java.time.Duration MOVE_OWNED_FOR = java.time.Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    NodeAssignments assignments;

    @Inject
    PortalSettings settings;

    @Inject
    Installation installation;

    @Inject
    Clock clock;

    @Inject
    SpareService spares;

    @Inject
    UsageMeter meter;

    @Inject
    io.hyperchain.live.LiveEvents live;

    @Inject
    TemplateCatalogue templates;

    /**
     * Runs the environment on exactly these nodes, from the template asked for (null: the running
     * environment's own, or the default at a first start); see {@link TemplateChoice}.
     */
    public Plan planStart(long tenantId, Set<Long> nodeIds, Long templateId) {
        if (nodeIds == null || nodeIds.isEmpty()) {
            throw DomainException.invalid("nodeIds", "nodeIds.empty", "Tick at least one of your nodes to start.");
        }
        Environment environment = lockedEnvironment(tenantId);
        if (!em.createNativeQuery("select id from tenant where id = ?1 and closed_at is not null").setParameter(1, tenantId)
                .getResultList().isEmpty()) {
            throw new DomainException(Problem.CONFLICT, "account.closed", null, "This account is closed.");
        }
        Map<Long, Assignment> held = assignments.assignments(tenantId).stream()
                .collect(Collectors.toMap(Assignment::nodeId, Function.identity()));
        for (Long nodeId : nodeIds) {
            if (!held.containsKey(nodeId)) {
                // another tenant's node looks exactly like a node that does not exist
                throw new DomainException(Problem.NOT_FOUND, "node.notFound", "nodeIds",
                        "Node " + nodeId + " is not one of your nodes.");
            }
        }
        Template template = templates.forStart(TemplateChoice.of(templateId, environment.desiredState(), environment.templateId()));
        Instant now = Instant.now(clock);
        held.values().forEach(a -> a.select(nodeIds.contains(a.nodeId())));
        environment.runOn(nodeIds, template.id(), now); // the leader is one of the tenant's own nodes, never the spare
        // P1.5: the current spare comes along for a busy tenant; a container on a former spare goes
        List<Workload> present = workloads(environment.id());
        var layout = StartLayout.of(nodeIds, present.stream().map(Workload::nodeId).toList(),
                spares.spareFor(held.keySet()));
        // sql/V28: a group stays with the tenant's node through stops; one of a node it no longer holds goes
        var grouped = new HashSet<>(held.keySet());
        grouped.addAll(layout.desired());
        WorkloadGroups.forgetAllBut(em, tenantId, grouped);
        var base = settings.baseAllotment();
        List<Removal> remove = new ArrayList<>();
        Set<Long> poweredOn = new HashSet<>();
        for (Workload workload : present) {
            if (layout.remove().contains(workload.nodeId())) {
                remove.add(new Removal(node(workload.hostNodeId()).dockerHost(), workload.containerName()));
                meter.close(UsageMeter.workload(workload.id()));
                em.remove(workload);
            } else if (workload.power() != Power.ON) {
                // P4.2: a start powers every selected container on again; a paused one (still RUNNING) is resumed
                workload.powerOn(now);
                poweredOn.add(workload.id());
            }
        }
        for (Long nodeId : layout.add()) {
            // the template's limits, within the seat a node gives a tenant (what placement counted)
            var workload = new Workload(environment.id(), nodeId, ContainerSpec.containerName(installation.id(), tenantId, nodeId),
                    Math.min(template.cpu(), base.cpu()), Math.min(template.memoryGiB(), base.memoryGiB()), now);
            workload.kind(template.kind(), now);
            em.persist(workload);
        }
        em.flush();
        List<Ensure> ensure = workloads(environment.id()).stream()
                .filter(w -> w.state() != WorkloadState.RUNNING || poweredOn.contains(w.id()))
                .map(w -> ensure(tenantId, w))
                .toList();
        return new Plan(ensure, remove);
    }

    public Plan planStop(long tenantId) {
        Environment environment = lockedEnvironment(tenantId);
        environment.stop(Instant.now(clock));
        List<Removal> remove = new ArrayList<>();
        for (Workload workload : workloads(environment.id())) {
            remove.add(new Removal(node(workload.hostNodeId()).dockerHost(), workload.containerName()));
            meter.close(UsageMeter.workload(workload.id()));
            em.remove(workload);
        }
        return new Plan(List.of(), remove);
    }

    /**
     * Every container that should run now, across all tenants, on an engine that answers: what the
     * reconciler checks. One hosted on a DOWN node is the failover's (or waits for its node); one its
     * tenant powered off or paused (P4.2) is left as it is: started, it would be running against their word.
     */
    public List<Ensure> everythingThatShouldRun() {
        // a workload in the middle of a move is the move's: started here too, it would run beside the one
        // the move has not stopped yet; a move that has not finished in MOVE_OWNED_FOR is taken back
        return em.createQuery("select w, e.tenantId from Workload w, Environment e, Node n where w.environmentId = e.id "
                        + "and e.desiredState = :running and n.id = w.hostNodeId and n.health = :up and w.power = :on "
                        + "and (w.movingFromNodeId is null or w.movedAt < :abandoned)", Object[].class)
                .setParameter("running", DesiredState.RUNNING)
                .setParameter("on", Power.ON)
                .setParameter("up", io.hyperchain.cluster.NodeHealth.UP)
                .setParameter("abandoned", Instant.now(clock).minus(MOVE_OWNED_FOR))
                .getResultList().stream()
                .map(row -> ensure((Long) row[1], (Workload) row[0]))
                .toList();
    }

    public List<Node> nodes() {
        return em.createQuery("select n from Node n", Node.class).getResultList();
    }

    public void recordRunning(long workloadId, int epoch, String containerId) {
        var workload = current(workloadId, epoch);
        if (workload == null) {
            return;
        }
        // metered on the change to running, in its transaction: the reconciler's minute pass over
        // containers that simply still run writes nothing (sql/V11 opened those running at upgrade)
        if (!(workload.state() == WorkloadState.RUNNING && containerId.equals(workload.containerId()))) {
            workload.running(containerId, Instant.now(clock));
            meterRunning(workload);
            tell(workload, "container.running");
        }
    }

    /**
     * Usage from the moment the engine confirmed the container: its node (the spare is metered on
     * its own), and its CPU and memory limits. Opening is a no-op while the intervals are open.
     */
    private void meterRunning(Workload workload) {
        long tenantId = em.find(Environment.class, workload.environmentId()).tenantId();
        boolean own = !em.createQuery("select a.nodeId from Assignment a where a.tenantId = :t and a.nodeId = :n", Long.class)
                .setParameter("t", tenantId).setParameter("n", workload.nodeId()).getResultList().isEmpty();
        String subject = UsageMeter.workload(workload.id());
        Instant now = Instant.now(clock);
        meter.openAll(java.util.List.of(
                new UsageRows.Recorded(tenantId, subject, workload.nodeId(), own ? Metric.NODE_HOURS : Metric.SPARE_NODE_HOURS,
                        BigDecimal.ONE, now, null, now),
                new UsageRows.Recorded(tenantId, subject, workload.nodeId(), Metric.CPU_CORE_HOURS,
                        BigDecimal.valueOf(workload.cpu()), now, null, now),
                new UsageRows.Recorded(tenantId, subject, workload.nodeId(), Metric.MEMORY_GIB_HOURS,
                        BigDecimal.valueOf(workload.memoryGiB()), now, null, now)));
    }

    /**
     * The container of a workload that should run is gone (its node restarted, someone removed it):
     * its usage ends now, when the portal learned of it, and starts again once it runs again.
     */
    public void recordLost(long workloadId, int epoch) {
        var workload = current(workloadId, epoch);
        if (workload != null) {
            // not running until the engine says so again: that change meters it again, even when the
            // engine restarts the same stopped container under its old id
            workload.lost(Instant.now(clock));
            meter.close(UsageMeter.workload(workloadId));
            tell(workload, "container.lost");
        }
    }

    /**
     * P4.2: the engine stopped a powered-off container: its usage ends now, and starts again when it
     * runs again (power on, or a start of the environment). One powered on meanwhile is that start's.
     */
    public void recordStopped(long workloadId, int epoch) {
        var workload = current(workloadId, epoch);
        if (workload != null && workload.power() == Power.OFF) {
            workload.stopped(Instant.now(clock));
            meter.close(UsageMeter.workload(workloadId));
            tell(workload, "container.stopped");
        }
    }

    public void recordFailed(long workloadId, int epoch, String problem) {
        var workload = current(workloadId, epoch);
        if (workload != null) {
            boolean news = workload.state() != WorkloadState.FAILED;
            workload.failed(problem, Instant.now(clock));
            meter.close(UsageMeter.workload(workloadId)); // a failed container is not billed
            if (news) {
                tell(workload, "container.failed");
            }
        }
    }

    /** The tenant's open pages and the admins' hear of a container's change once it commits (P4.5). */
    private void tell(Workload workload, String topic) {
        long tenantId = em.find(Environment.class, workload.environmentId()).tenantId();
        live.publish(io.hyperchain.live.LiveEvent.forTenant(tenantId, topic, "node " + workload.nodeId()));
    }

    /**
     * The workload, locked, if it is still in this epoch. A start or a reconciler pass that began
     * before a failover or a move must not write over what the newer epoch recorded.
     */
    private Workload current(long workloadId, int epoch) {
        var workload = em.find(Workload.class, workloadId, LockModeType.PESSIMISTIC_WRITE);
        return workload == null || workload.epoch() != epoch ? null : workload;
    }

    /**
     * The tenant's environment row, locked for this transaction. {@link EnvironmentRows} made it,
     * committed, before the plan began: inserting it here, two first clicks could deadlock.
     */
    Environment lockedEnvironment(long tenantId) {
        return em.createQuery("select e from Environment e where e.tenantId = :tenant", Environment.class)
                .setParameter("tenant", tenantId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
    }

    List<Workload> workloads(long environmentId) {
        return em.createQuery("select w from Workload w where w.environmentId = :env order by w.nodeId", Workload.class)
                .setParameter("env", environmentId).getResultList();
    }

    /**
     * What must run for this workload: on its host now, named and labelled for its own node and epoch,
     * made from its environment's template's image (so a failover, a move or a restart keeps it).
     */
    public Ensure ensure(long tenantId, Workload workload) {
        Node own = node(workload.nodeId());
        Node host = workload.hostNodeId() == workload.nodeId() ? own : node(workload.hostNodeId());
        String image = templates.imageOf(em.find(Environment.class, workload.environmentId()).templateId());
        return new Ensure(workload.id(), workload.epoch(), tenantId, host, ContainerSpec.of(installation.id(), tenantId,
                workload.environmentId(), own.id(), own.name(), image, workload.cpu(), workload.memoryGiB(), workload.epoch()));
    }

    private Node node(long nodeId) {
        return em.find(Node.class, nodeId);
    }
}
