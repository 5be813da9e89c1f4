package io.hyperchain.environment;

import io.hyperchain.balance.WorkloadKind;
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
 * The tenant's say over its own containers (P1.8): what kind of work each runs, "do not move", and
 * the group it is in (sql/V28). A container is addressed by its node, as the dashboard draws it: an
 * environment has at most one container per node.
 */
@Stateless
public class WorkloadSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    EnvironmentQueries queries;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** "service" or "batch" as the API and the page send it; anything else is a 400 naming the field. */
    public static WorkloadKind kind(String text) {
        return WorkloadKind.byWord(text)
                .orElseThrow(() -> DomainException.invalid("kind", "kind.invalid", "kind is \"service\" or \"batch\"."));
    }

    /**
     * Sets the kind, the pin and/or the group of the tenant's container on this node (null, or
     * {@link GroupChange#KEEP}, leaves a setting as it is); 404 {@code container.notFound} when the
     * tenant has no container there.
     */
    public EnvironmentView change(TenantContext tenant, long nodeId, WorkloadKind kind, Boolean pinned, GroupChange group) {
        Workload workload = containerOn(tenant, nodeId);
        Instant now = Instant.now(clock);
        if (kind != null) {
            workload.kind(kind, now);
        }
        if (pinned != null) {
            workload.pin(pinned, now);
        }
        String grouped = "";
        if (!group.keeps()) {
            WorkloadGroups.put(em, tenant.tenantId(), nodeId, group.name(), now);
            grouped = ", group " + (group.name() == null ? "none" : group.name().value());
        }
        audit.record(tenant.tenantId(), tenant.actor(), "container.settings", "tenant " + tenant.tenantId() + " node " + nodeId
                + ": kind " + workload.kind().word() + ", pinned " + workload.pinned() + grouped);
        em.flush();
        return queries.view(tenant);
    }

    /** Under the environment's row lock, as plans take it: a stop removing the row waits, or goes first. */
    private Workload containerOn(TenantContext tenant, long nodeId) {
        var environment = em.createQuery("select e from Environment e where e.tenantId = :tenant", Environment.class)
                .setParameter("tenant", tenant.tenantId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return containerOn(em, environment.isEmpty() ? null : environment.get(0).id(), nodeId);
    }

    /**
     * The environment's container on this node; 404 {@code container.notFound} when there is none
     * (another tenant's node looks exactly like a node without one). Power controls (P4.2) look alike.
     */
    static Workload containerOn(EntityManager em, Long environmentId, long nodeId) {
        var found = environmentId == null ? java.util.List.<Workload>of()
                : em.createQuery("select w from Workload w where w.environmentId = :env and w.nodeId = :node",
                                Workload.class)
                        .setParameter("env", environmentId)
                        .setParameter("node", nodeId)
                        .getResultList();
        if (found.isEmpty()) {
            throw containerNotFound(nodeId);
        }
        return found.get(0);
    }

    static DomainException containerNotFound(long nodeId) {
        return new DomainException(Problem.NOT_FOUND, "container.notFound", "nodeId",
                "You have no container on node " + nodeId + ".");
    }
}
