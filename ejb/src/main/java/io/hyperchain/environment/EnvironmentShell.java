package io.hyperchain.environment;

import io.hyperchain.cluster.Node;
import io.hyperchain.shared.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Optional;

/** P1.7: the tenant's way into their environment is the leader's container. */
@Stateless
public class EnvironmentShell {

    @PersistenceContext
    EntityManager em;

    @Inject
    EnvironmentQueries queries;

    /** The leader container of the tenant's running environment, if it runs. */
    public Optional<ShellTarget> target(TenantContext tenant) {
        EnvironmentView view = queries.view(tenant);
        if (!view.isRunning()) {
            return Optional.empty();
        }
        var leader = view.containers().stream()
                .filter(c -> c.leader() && c.state() == WorkloadState.RUNNING && c.containerId() != null)
                .findFirst();
        if (leader.isEmpty()) {
            return Optional.empty();
        }
        var names = new ArrayList<String>();
        names.add(leader.get().nodeName());
        view.containers().stream()
                .filter(c -> !c.leader() && c.state() == WorkloadState.RUNNING)
                .forEach(c -> names.add(c.nodeName()));
        Node node = em.find(Node.class, leader.get().hostNodeId()); // the shell follows the leader where it runs now
        return Optional.of(new ShellTarget(node.dockerHost(), leader.get().containerId(), names,
                view.getTotalCpu(), view.getTotalMemoryGiB()));
    }
}
