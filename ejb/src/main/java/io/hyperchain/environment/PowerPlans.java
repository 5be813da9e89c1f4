package io.hyperchain.environment;

import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.shared.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * The database half of a power action (P4.2), as {@link EnvironmentPlans} is of a start: under the
 * lock on the tenant's environment, checks the action may be done and records the container's new
 * power first (so the reconciler no longer restarts one being powered off); then, once its engine
 * has done it, records what it did, in the container's epoch, and audits it. {@link WorkloadPower}
 * does the engine's half in between, holding no transaction.
 */
@Stateless
public class PowerPlans {

    /**
     * An action decided on the tenant's container on {@code nodeId}: its power and state before, whether
     * there is nothing to do, and the container as it must run (its host, name and epoch).
     */
    public record Planned(TenantContext tenant, long nodeId, PowerAction action, Power before, WorkloadState stateBefore,
                          boolean alreadyDone, EnvironmentPlans.Ensure ensure) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    EnvironmentPlans plans;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Decides the action the API names by {@code word} on the tenant's container on {@code nodeId}, in
     * this order: 404 {@code container.notFound} when the tenant has no container there (another tenant's
     * node looks exactly like a node without one, whatever is asked of it); 400 {@code action.unknown};
     * 409 {@code environment.stopped} while the environment is stopped (its nodes hold no container then);
     * 409 with the rule's code when the container's power refuses the action.
     */
    public Planned plan(TenantContext tenant, long nodeId, String word) {
        var environment = lockedEnvironment(tenant);
        boolean running = !environment.isEmpty() && environment.get(0).desiredState() == DesiredState.RUNNING;
        if (!running && !ownsNode(tenant, nodeId)) {
            throw WorkloadSettings.containerNotFound(nodeId);
        }
        Workload workload = running ? WorkloadSettings.containerOn(em, environment.get(0).id(), nodeId) : null;
        PowerAction action = WorkloadPower.action(word);
        if (!running) {
            throw new DomainException(Problem.CONFLICT, "environment.stopped", null,
                    "Your environment is stopped, so it has no containers to power: start it first.");
        }
        return decide(tenant, workload, action);
    }

    /**
     * As {@link #plan}, the container named by its workload's id (P4.2, issue 14's /workloads/{id}/{action}):
     * 404 {@code workload.notFound} first when it is not one of the tenant's containers now (another
     * tenant's id looks exactly like an id that does not exist, whatever is asked of it; a stopped
     * environment has none), then 400 {@code action.unknown}, then the power rules' 409.
     */
    public Planned planWorkload(TenantContext tenant, long workloadId, String word) {
        var environment = lockedEnvironment(tenant);
        var found = environment.isEmpty() ? java.util.List.<Workload>of()
                : em.createQuery("select w from Workload w where w.id = :id and w.environmentId = :env", Workload.class)
                        .setParameter("id", workloadId).setParameter("env", environment.get(0).id()).getResultList();
        if (found.isEmpty()) {
            throw new DomainException(Problem.NOT_FOUND, "workload.notFound", "id",
                    "You have no container with workload id " + workloadId + ".");
        }
        return decide(tenant, found.get(0), WorkloadPower.action(word));
    }

    /** The rules of the action on this container of the running environment, and its new power recorded. */
    private Planned decide(TenantContext tenant, Workload workload, PowerAction action) {
        long nodeId = workload.nodeId();
        Power before = workload.power();
        WorkloadState state = workload.state();
        var refusal = action.refusal(before, state);
        if (refusal.isPresent()) {
            throw new DomainException(Problem.CONFLICT, refusal.get(), null, refused(refusal.get(), action, nodeId));
        }
        boolean already = action.alreadyDone(before, state);
        if (already) {
            audit(tenant, nodeId, action, "nothing to do, already " + before.name().toLowerCase(java.util.Locale.ROOT));
        } else {
            Instant now = Instant.now(clock);
            switch (action.leaves()) {
                case ON -> workload.powerOn(now);
                case OFF -> workload.powerOff(now);
                case PAUSED -> workload.pause(now);
            }
            em.flush();
        }
        return new Planned(tenant, nodeId, action, before, state, already, plans.ensure(tenant.tenantId(), workload));
    }

    /** The tenant's environment row (none before its first start), locked as every plan locks it. */
    private java.util.List<Environment> lockedEnvironment(TenantContext tenant) {
        return em.createQuery("select e from Environment e where e.tenantId = :tenant", Environment.class)
                .setParameter("tenant", tenant.tenantId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /**
     * The engine did it: a container that runs afterwards is recorded running (metered again from now,
     * if it was not), one powered off stopped (its usage ends now). Paused, it stays running and metered.
     */
    public void carriedOut(Planned planned, String containerId) {
        var ensure = planned.ensure();
        switch (planned.action().leaves()) {
            case ON -> plans.recordRunning(ensure.workloadId(), ensure.epoch(), containerId);
            case OFF -> plans.recordStopped(ensure.workloadId(), ensure.epoch());
            case PAUSED -> {
                // billed as running: a paused container keeps its memory and its place on the node
            }
        }
        audit(planned.tenant(), planned.nodeId(), planned.action(), "done");
    }

    /** The engine refused or did not answer: the container shows why (and is not billed until it runs again). */
    public void failed(Planned planned, String problem) {
        var ensure = planned.ensure();
        plans.recordFailed(ensure.workloadId(), ensure.epoch(), planned.action().word() + " failed: " + problem);
        audit(planned.tenant(), planned.nodeId(), planned.action(), "failed: " + problem);
    }

    /** One of the tenant's own nodes. */
    private boolean ownsNode(TenantContext tenant, long nodeId) {
        return !em.createQuery("select a.id from Assignment a where a.tenantId = :tenant and a.nodeId = :node", Long.class)
                .setParameter("tenant", tenant.tenantId()).setParameter("node", nodeId).getResultList().isEmpty();
    }

    private void audit(TenantContext tenant, long nodeId, PowerAction action, String outcome) {
        audit.record(tenant.tenantId(), tenant.actor(), "container.power", "tenant " + tenant.tenantId() + " node " + nodeId + ": "
                + action.word() + ", " + outcome);
    }

    private static String refused(String code, PowerAction action, long nodeId) {
        return switch (code) {
            case "container.off" -> "Your container on node " + nodeId + " is powered off: power it on instead of "
                    + action.word() + ".";
            case "container.notRunning" -> "Your container on node " + nodeId + " is not running, so it cannot be paused.";
            default -> "Your container on node " + nodeId + " cannot " + action.word() + " now.";
        };
    }
}
