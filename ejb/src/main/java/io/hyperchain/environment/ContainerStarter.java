package io.hyperchain.environment;

import io.hyperchain.docker.DockerGateway;
import io.hyperchain.storage.Disks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Starts one workload's container: its disk allotment first (made or mounted again after a node
 * restart), then the container with the allotment as its workspace. Starting and reconciling
 * both come here.
 */
@ApplicationScoped
public class ContainerStarter {

    @Inject
    DockerGateway docker;

    @Inject
    Disks disks;

    public String start(EnvironmentPlans.Ensure ensure) {
        long begin = System.nanoTime();
        String workspace = disks.prepare(ensure.node(), ensure.tenantId());
        long prepared = System.nanoTime();
        String id = docker.ensureRunning(ensure.host(), ensure.spec().withWorkspace(workspace));
        long done = System.nanoTime();
        if (done - begin > SLOW_NANOS) { // an operator's first clue when starts on a node are slow
            LOG.warning(String.format("%s: disk prepared in %d ms, container running %d ms later",
                    ensure.spec().name(), (prepared - begin) / 1_000_000, (done - prepared) / 1_000_000));
        }
        return id;
    }

    private static final long SLOW_NANOS = 5_000_000_000L;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ContainerStarter.class.getName());
}
