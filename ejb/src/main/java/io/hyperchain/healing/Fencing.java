package io.hyperchain.healing;

import io.hyperchain.environment.EnvironmentReconciler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * P1.11, fencing without duplicates: before anything runs again on a node that failed and answers
 * again, every tenant container there that the database does not expect there in its epoch is
 * removed (killed first if it still runs: a frozen engine's containers kept running). A container
 * of an older epoch never comes back: tenant containers carry no restart policy.
 */
@ApplicationScoped
public class Fencing {

    @Inject
    EnvironmentReconciler reconciler;

    /** Removes the node's stale containers; returns how many. Throws if the engine stops answering. */
    public int fence(NodeLiveness.Watched node) {
        return reconciler.removeStale(node.id(), node.host());
    }
}
