package io.hyperchain.environment;

import io.hyperchain.docker.DockerGateway;
import io.hyperchain.shared.SlowCall;
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
        try (var timing = SlowCall.start(LOG, "start of " + ensure.spec().name())) {
            String workspace = disks.prepare(ensure.node(), ensure.tenantId());
            timing.step("disk prepared");
            String id = docker.ensureRunning(ensure.host(), ensure.spec().withWorkspace(workspace));
            timing.step("container running");
            return id;
        }
    }

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ContainerStarter.class.getName());
}
