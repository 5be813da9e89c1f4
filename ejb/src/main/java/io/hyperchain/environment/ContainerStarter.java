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
        String workspace = disks.prepare(ensure.node(), ensure.tenantId());
        return docker.ensureRunning(ensure.host(), ensure.spec().withWorkspace(workspace));
    }
}
