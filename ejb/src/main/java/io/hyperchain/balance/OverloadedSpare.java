package io.hyperchain.balance;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * P1.12 (an option, off by default): a node over a maximum threshold may be made the spare, so its
 * tenants' new work goes elsewhere and it later takes part of other hot nodes' load. The candidate
 * is the node that accepts work with the highest combined load above the threshold, lower id on ties.
 */
public final class OverloadedSpare {

    private OverloadedSpare() {
    }

    public static Optional<BalanceNode> candidate(List<BalanceNode> nodes, double threshold) {
        Objects.requireNonNull(nodes, "nodes");
        return nodes.stream()
                .filter(MoveRules::acceptsWork)
                .filter(node -> overThreshold(node, threshold))
                .max(Comparator.comparingDouble((BalanceNode node) -> node.load().combined())
                        .thenComparing(Comparator.comparingLong(BalanceNode::id).reversed()));
    }

    // Rule: only a node strictly over the threshold is overloaded.
    static boolean overThreshold(BalanceNode node, double threshold) {
        return node.load().combined() > threshold;
    }
}
