package io.hyperchain.healing;

import io.hyperchain.cluster.Node;
import io.hyperchain.docker.ContainerSpec;
import io.hyperchain.docker.DockerGateway;
import io.hyperchain.environment.ContainerStarter;
import io.hyperchain.environment.EnvironmentPlans;
import io.hyperchain.environment.WorkloadHosts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * P1.8 and the way home after P1.11: a cold move of one container. Stop it where it runs (its files
 * stop changing), copy its workspace through the Docker archive API, start it on the target under
 * the new epoch, put the files there, read them back and compare checksums, then remove the old
 * one. At no moment do two of them run.
 */
@ApplicationScoped
public class WorkloadMoves {

    private static final Logger LOG = Logger.getLogger(WorkloadMoves.class.getName());

    /** What a move did: the files copied and whether their checksums matched after the copy. */
    public record Moved(long workloadId, long from, long to, int files, boolean checksumsMatch) {
    }

    @Inject
    WorkloadHosts hosts;

    @Inject
    EnvironmentPlans plans;

    @Inject
    ContainerStarter starter;

    @Inject
    DockerGateway docker;

    @PersistenceContext
    EntityManager em;

    /**
     * Moves the workload from the node hosting it to {@code target}. With {@code since}, only the
     * files written since then come along (a failover's files going home: the home disk has the rest).
     * Empty when the workload no longer runs where the caller saw it.
     */
    public Optional<Moved> move(WorkloadHosts.Hosted workload, long target, Instant since) {
        var ensure = hosts.moveTo(workload.workloadId(), workload.hostNodeId(), target);
        if (ensure.isEmpty()) {
            return Optional.empty();
        }
        var from = em.find(Node.class, workload.hostNodeId()).dockerHost();
        String name = workload.containerName();
        try {
            var archive = Files.createTempFile("hc-move-", ".tar");
            try {
                docker.stop(from, name, 2);
                Map<String, String> sent;
                try (var in = docker.archive(from, name, ContainerSpec.WORKSPACE);
                     var out = Files.newOutputStream(archive)) {
                    sent = WorkspaceArchive.copy(in, since, out);
                }
                String id = starter.start(ensure.get());
                try (var in = Files.newInputStream(archive)) {
                    docker.extractIntoWorkspace(ensure.get().host(), name, in);
                }
                Map<String, String> arrived;
                try (var in = docker.archive(ensure.get().host(), name, ContainerSpec.WORKSPACE)) {
                    arrived = WorkspaceArchive.checksums(in);
                }
                boolean match = arrived.entrySet().containsAll(sent.entrySet());
                docker.remove(from, name);
                plans.recordRunning(workload.workloadId(), ensure.get().epoch(), id);
                if (!match) {
                    LOG.warning(() -> "move of " + name + ": checksums differ after the copy");
                }
                return Optional.of(new Moved(workload.workloadId(), workload.hostNodeId(), target, sent.size(), match));
            } finally {
                Files.deleteIfExists(archive);
            }
        } catch (IOException e) {
            plans.recordFailed(workload.workloadId(), ensure.get().epoch(), "the move failed: " + e.getMessage());
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // the old container stays, stopped, with its files: the next pass or an admin tries again
            plans.recordFailed(workload.workloadId(), ensure.get().epoch(), "the move failed: " + DockerGateway.problemOf(e));
            throw e;
        }
    }
}
