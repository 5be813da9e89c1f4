package io.hyperchain.healing;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * P1.11: where one container of a failed node runs now. The shared spare first; if the spare is
 * taken (it already holds another failed node's work) or full, the least-loaded node that accepts work.
 * A node that already runs a container of the same environment is never chosen: one container of
 * an environment per node.
 */
public final class FailoverTargets {

    private FailoverTargets() {
    }

    public static Optional<Long> choose(long failedNode, Collection<FailoverCandidate> nodes, Set<Long> environmentHosts,
                                        double loadThreshold) {
        var eligible = nodes.stream()
                .filter(node -> node.id() != failedNode)
                .filter(FailoverCandidate::acceptsWork)
                .filter(node -> !environmentHosts.contains(node.id()))
                .filter(node -> underThreshold(node, loadThreshold))
                .toList();
        var spare = eligible.stream().filter(FailoverCandidate::spare).filter(node -> notTaken(node, failedNode)).findFirst();
        if (spare.isPresent()) {
            return Optional.of(spare.get().id());
        }
        return eligible.stream()
                .filter(node -> !node.spare())
                .min(Comparator.comparingDouble(FailoverCandidate::load).thenComparingLong(FailoverCandidate::id))
                .map(FailoverCandidate::id);
    }

    // Rule: a node at or over the load threshold is full and takes no failed-over container.
    static boolean underThreshold(FailoverCandidate node, double loadThreshold) {
        return node.load() < loadThreshold;
    }

    // Rule: the spare is taken once it holds the containers of another failed node.
    static boolean notTaken(FailoverCandidate spare, long failedNode) {
        return spare.hostsFailoverOf() == 0 || spare.hostsFailoverOf() == failedNode;
    }
}
