package io.hyperchain.environment;

import io.hyperchain.docker.DockerGateway;
import io.hyperchain.shared.SlowCall;
import io.hyperchain.storage.Disks;
import io.hyperchain.template.TemplateDistribution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Starts one workload's container: its disk allotment first (made or mounted again after a node
 * restart), then the container with the allotment as its workspace, its image copied to the engine
 * first when it lacks it. Starting, reconciling, failover, moves and power-on all come here.
 */
@ApplicationScoped
public class ContainerStarter {

    @Inject
    DockerGateway docker;

    @Inject
    Disks disks;

    @Inject
    TemplateDistribution images;

    public String start(EnvironmentPlans.Ensure ensure) {
        try (var timing = SlowCall.start(LOG, "start of " + ensure.spec().name())) {
            String workspace = disks.prepare(ensure.node(), ensure.tenantId());
            timing.step("disk prepared");
            var spec = ensure.spec().withWorkspace(workspace);
            String id;
            try {
                id = docker.ensureRunning(ensure.host(), spec);
            } catch (DockerGateway.ImageMissing missing) {
                // P4.1: an engine that joined while an upload was imported, or came back anew, lacks the
                // template's image: copied from an engine that holds it, then asked again
                images.provide(ensure.node(), missing.image());
                timing.step("image copied");
                id = docker.ensureRunning(ensure.host(), spec);
            }
            timing.step("container running");
            return id;
        }
    }

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ContainerStarter.class.getName());
}
