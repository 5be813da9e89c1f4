package io.hyperchain.healing;

import io.hyperchain.cluster.Node;
import io.hyperchain.docker.DockerGateway;
import io.hyperchain.environment.ContainerStarter;
import io.hyperchain.environment.EnvironmentPlans;
import io.hyperchain.environment.WorkloadHosts;
import io.hyperchain.notify.Notifications;
import io.hyperchain.settings.PortalSettings;
import io.hyperchain.settings.SettingKey;
import io.hyperchain.shared.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * P1.11: a DOWN node's containers are made again elsewhere (the spare first, see
 * {@link FailoverTargets}), with their disk allotment made there, and the tenant told. The
 * decision is taken per container under its row's lock, so two passes never move one twice.
 */
@ApplicationScoped
public class Failover {

    /** One container decided: where it goes (empty: nowhere has room) and what must run there. */
    public record Decided(WorkloadHosts.Hosted workload, String fromName, Optional<EnvironmentPlans.Ensure> ensure) {
    }

    @Inject
    NodeLiveness liveness;

    @Inject
    WorkloadHosts hosts;

    @Inject
    EnvironmentPlans plans;

    @Inject
    ContainerStarter starter;

    @Inject
    Notifications notifications;

    @Inject
    AuditLog audit;

    @Inject
    PortalSettings settings;

    @PersistenceContext
    EntityManager em;

    /** Decides where each container of the failed node goes; the starts are the caller's (in parallel). */
    public List<Decided> decide(NodeLiveness.Watched failed) {
        List<Decided> decided = new ArrayList<>();
        double threshold = settings.all().share(SettingKey.LOAD_THRESHOLD_PERCENT);
        for (var workload : hosts.hostedOn(failed.id())) {
            var target = FailoverTargets.choose(failed.id(), liveness.candidates(),
                    hosts.environmentHosts(workload.environmentId()), threshold);
            if (target.isEmpty()) {
                if (workload.state() == io.hyperchain.environment.WorkloadState.FAILED) {
                    continue; // said already: it waits for its node
                }
                plans.recordFailed(workload.workloadId(), workload.epoch(), "node " + failed.name()
                        + " stopped answering and no node has room for this container now; it comes back with its node");
                decided.add(new Decided(workload, failed.name(), Optional.empty()));
                continue;
            }
            hosts.failOver(workload.workloadId(), failed.id(), target.get())
                    .ifPresent(ensure -> decided.add(new Decided(workload, failed.name(), Optional.of(ensure))));
        }
        return decided;
    }

    /** Starts one decided container where it now belongs and tells its tenant. */
    public boolean carryOut(Decided decided) {
        var ensure = decided.ensure().orElseThrow();
        String target = ensure.node().name();
        try {
            plans.recordRunning(ensure.workloadId(), ensure.epoch(), starter.start(ensure));
        } catch (RuntimeException e) {
            plans.recordFailed(ensure.workloadId(), ensure.epoch(), "node " + decided.fromName()
                    + " stopped answering; starting on " + target + " failed: " + DockerGateway.problemOf(e));
            return false;
        }
        notifications.tell(decided.workload().tenantId(), "failover",
                "your container moved from node " + decided.fromName() + " to " + target,
                "Node " + decided.fromName() + " stopped answering. Your container of that node runs on node " + target
                        + " now, with a fresh workspace: the files you kept on " + decided.fromName()
                        + " are out of reach until it returns. What you write from now on is kept, and is brought "
                        + "together with your files there when " + decided.fromName() + " is back.");
        audit.record("system", "workload.failedOver", "workload " + ensure.workloadId() + " of tenant "
                + decided.workload().tenantId() + ": node " + decided.fromName() + " -> " + target);
        return true;
    }
}
