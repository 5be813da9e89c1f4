package io.hyperchain.environment;

import io.hyperchain.docker.ContainerSpec;
import io.hyperchain.shared.Installation;

import io.hyperchain.docker.DockerGateway;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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

    @Inject
    WorkloadHosts hosts;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();

    /**
     * The start-up pass runs beside the start, not in it: an engine that is frozen or slow to answer
     * must not hold the portal's first page back (its calls wait for their timeouts), and the pages
     * need nothing from it. The node-health job repeats it every minute anyway.
     */
    @PostConstruct
    void atStartUp() {
        executor.execute(() -> {
            try {
                reconcile();
            } catch (RuntimeException e) {
                LOG.warning(() -> "reconciliation at start-up failed, the next minute retries: " + e);
            }
        });
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
                        plans.recordRunning(ensure.workloadId(), ensure.epoch(), running.get());
                    } else {
                        plans.recordLost(ensure.workloadId(), ensure.epoch()); // its usage ended when it was lost: not billed until back
                        plans.recordRunning(ensure.workloadId(), ensure.epoch(), starter.start(ensure));
                        restarted++;
                    }
                } catch (RuntimeException e) {
                    plans.recordFailed(ensure.workloadId(), ensure.epoch(), DockerGateway.problemOf(e));
                    failed++;
                }
            }
            int orphans = 0;
            int unreachable = 0;
            for (var node : plans.nodes()) {
                if (node.health() != io.hyperchain.cluster.NodeHealth.UP) {
                    continue; // fenced by the node watch when it answers again, before anything runs there
                }
                try {
                    orphans += removeStale(node.id(), node.dockerHost());
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

    /**
     * Removes every tenant container on the node that no workload hosted there expects in its
     * epoch: an orphan, or a stale one (its workload failed over or moved since). The same pass
     * fences a node that answers again (P1.11). Returns how many went.
     */
    public int removeStale(long nodeId, io.hyperchain.docker.DockerHost host) {
        var present = docker.containersOf(host, installation.id());
        if (present.isEmpty()) {
            return 0;
        }
        // read the workloads after listing: a start or a move commits its workload's host and epoch
        // before it creates the container, so every container listed above is expected by now unless stale
        var expected = hosts.epochsHostedOn(nodeId);
        int removed = 0;
        for (var container : present) {
            if (StaleContainers.stale(container.name(), container.labels(), expected)) {
                docker.remove(host, container.name());
                removed++;
            }
        }
        return removed;
    }
}
