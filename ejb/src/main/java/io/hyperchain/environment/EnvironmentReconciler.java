package io.hyperchain.environment;

import io.hyperchain.docker.ContainerSpec;
import io.hyperchain.shared.Installation;

import io.hyperchain.docker.DockerGateway;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Holds the engines to the database's desired state: a lost container is started again, a
 * container of this installation that no workload owns is removed. Runs at start-up, as the
 * node-health job (every minute by default, see PortalJob), and when an admin asks. Idempotent, so two portal instances running it at once is
 * harmless (container names are identities).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EnvironmentReconciler {

    private static final Logger LOG = Logger.getLogger(EnvironmentReconciler.class.getName());

    /** What one pass did. */
    public record Outcome(int checked, int restarted, int failed, int orphansRemoved, int nodesUnreachable) {
    }

    @Inject
    EnvironmentPlans plans;

    @Inject
    EnvironmentService service;

    @Inject
    DockerGateway docker;

    @Inject
    ContainerStarter starter;

    @Inject
    Installation installation;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void atStartUp() {
        try {
            reconcile();
        } catch (RuntimeException e) {
            LOG.warning(() -> "reconciliation at start-up failed, the next minute retries: " + e);
        }
    }

    public Outcome reconcile() {
        if (!running.compareAndSet(false, true)) {
            return new Outcome(0, 0, 0, 0, 0); // a pass is under way: it does the same work
        }
        try {
            int checked = 0;
            int restarted = 0;
            int failed = 0;
            for (var ensure : plans.everythingThatShouldRun()) {
                checked++;
                try {
                    var running = docker.runningContainer(ensure.host(), ensure.spec().name());
                    if (running.isPresent()) {
                        plans.recordRunning(ensure.workloadId(), running.get());
                    } else {
                        plans.recordLost(ensure.workloadId()); // its usage ended when it was lost: not billed until back
                        plans.recordRunning(ensure.workloadId(), starter.start(ensure));
                        restarted++;
                    }
                } catch (RuntimeException e) {
                    plans.recordFailed(ensure.workloadId(), DockerGateway.problemOf(e));
                    failed++;
                }
            }
            int orphans = 0;
            int unreachable = 0;
            for (var node : plans.nodes()) {
                try {
                    var present = docker.containersLabelled(node.dockerHost(), ContainerSpec.LABEL_INSTALLATION,
                            installation.id());
                    // read the workloads after listing: a start commits its workload before it creates the
                    // container, so every container listed above is known by now unless it is an orphan
                    var known = present.isEmpty() ? java.util.Set.<String>of() : plans.knownContainerNames();
                    for (String name : present) {
                        if (!known.contains(name)) {
                            docker.remove(node.dockerHost(), name);
                            orphans++;
                        }
                    }
                } catch (RuntimeException e) {
                    unreachable++;
                }
            }
            var outcome = new Outcome(checked, restarted, failed, orphans, unreachable);
            if (restarted + failed + orphans > 0) {
                LOG.info(() -> "reconciled: " + outcome);
            }
            return outcome;
        } finally {
            running.set(false);
        }
    }
}
