package io.hyperchain.web.health;

import io.hyperchain.cluster.NodeRegistry;
import io.hyperchain.cluster.NodeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports every registered engine. One dead node is the cluster's business (placement avoids it),
 * not a reason to take the portal out of a load balancer: DOWN only when no engine answers.
 */
@Readiness
@ApplicationScoped
public class EnginesHealth implements HealthCheck {

    @Inject
    NodeRegistry registry;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("engines");
        try {
            var nodes = registry.liveStatus();
            long reachable = nodes.stream().filter(NodeStatus::isReachable).count();
            nodes.forEach(node -> response.withData(node.name(),
                    node.isReachable() ? "up " + node.engine().version() : "down: " + node.engine().problem()));
            response.withData("reachable", reachable + "/" + nodes.size());
            return response.status(nodes.isEmpty() || reachable > 0).build();
        } catch (RuntimeException e) {
            return response.down().withData("problem", "the node list could not be read").build();
        }
    }
}
