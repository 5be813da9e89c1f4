package io.hyperchain.placement;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * P1.5: the node with the lowest average load over the period becomes the spare. Only nodes in
 * service and with samples take part; ties go to the lower id so the outcome is repeatable.
 */
public final class SpareElection {

    private SpareElection() {
    }

    public static Optional<NodeAverage> elect(Collection<NodeAverage> nodes) {
        return nodes.stream()
                .filter(NodeAverage::active)             // a node out of service cannot stand by
                .filter(node -> node.samples() > 0)      // no samples is not the same as no load
                .min(Comparator.comparingDouble((NodeAverage node) -> node.load().combined())
                        .thenComparingLong(NodeAverage::nodeId));
    }
}
