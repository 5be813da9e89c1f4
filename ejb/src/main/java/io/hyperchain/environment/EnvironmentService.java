package io.hyperchain.environment;

import io.hyperchain.docker.DockerGateway;
import io.hyperchain.shared.TenantContext;
import io.hyperchain.tenant.VerifiedEmailRequired;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import io.hyperchain.shared.LockConflict;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Start, change and stop a tenant's environment (P1.3, P1.4). The plan is committed first; then
 * every node's container is handled at the same time, each engine on its own, so a slow or dead
 * node costs its own timeout and fails alone. No transaction is held while engines work.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EnvironmentService {

    /** The page waits this long at most; a container still starting after it shows as starting. */
    static final long WAIT_SECONDS = 20;

    @Inject
    EnvironmentPlans plans;

    @Inject
    EnvironmentRows rows;

    @Inject
    EnvironmentQueries queries;

    @Inject
    DockerGateway docker;

    @Inject
    ContainerStarter starter;

    @Resource
    ManagedExecutorService executor;

    /** A plan is one short transaction under the environment's row lock: a deadlock there is retried. */
    static final int PLAN_ATTEMPTS = 4;

    /**
     * Runs the environment on exactly these of the tenant's nodes (start, or change of selection), from
     * this template (null: the one it runs, or the default); 403 {@code email.unverified} while the
     * acting user has not verified its address.
     */
    @VerifiedEmailRequired
    public EnvironmentView start(TenantContext tenant, Set<Long> nodeIds, Long templateId) {
        rows.ensureExists(tenant.tenantId());
        carryOut(LockConflict.retried(PLAN_ATTEMPTS, () -> plans.planStart(tenant.tenantId(), nodeIds, templateId)));
        return queries.view(tenant);
    }

    public EnvironmentView stop(TenantContext tenant) {
        rows.ensureExists(tenant.tenantId());
        carryOut(LockConflict.retried(PLAN_ATTEMPTS, () -> plans.planStop(tenant.tenantId())));
        return queries.view(tenant);
    }

    void carryOut(EnvironmentPlans.Plan plan) {
        List<CompletableFuture<Void>> work = new ArrayList<>();
        plan.ensure().forEach(ensure -> work.add(CompletableFuture.runAsync(() -> ensure(ensure), executor)));
        // a container that cannot be removed now (its node is down) is an orphan the reconciler removes later
        plan.remove().forEach(removal -> work.add(CompletableFuture.runAsync(
                () -> removeQuietly(removal), executor)));
        try {
            CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            // the page shows what is still starting; the work goes on in the background
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // each task records its own failure
        }
    }

    /** Starts one container as planned and records what its engine said. */
    public void ensure(EnvironmentPlans.Ensure ensure) {
        try {
            plans.recordRunning(ensure.workloadId(), ensure.epoch(), starter.start(ensure));
        } catch (RuntimeException e) {
            plans.recordFailed(ensure.workloadId(), ensure.epoch(), DockerGateway.problemOf(e));
        }
    }

    private void removeQuietly(EnvironmentPlans.Removal removal) {
        try {
            docker.remove(removal.host(), removal.containerName());
        } catch (RuntimeException e) {
            // left for the reconciler
        }
    }
}
