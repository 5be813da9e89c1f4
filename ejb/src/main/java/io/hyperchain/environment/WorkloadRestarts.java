package io.hyperchain.environment;

import io.hyperchain.storage.ContainerRestarts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@link ContainerRestarts}: the container starts again as any start would, if its environment runs. */
@ApplicationScoped
public class WorkloadRestarts implements ContainerRestarts {

    @Inject
    EnvironmentPlans plans;

    @Inject
    EnvironmentService environments;

    @Override
    public void restartIfWanted(long tenantId, long nodeId) {
        plans.everythingThatShouldRun().stream()
                .filter(e -> e.tenantId() == tenantId && e.node().id() == nodeId)
                .forEach(environments::ensure);
    }
}
