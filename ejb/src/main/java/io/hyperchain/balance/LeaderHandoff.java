package io.hyperchain.balance;

import io.hyperchain.placement.Load;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * P1.9: when the leader's node is over its load threshold and rebalancing cannot cool it, because
 * every movable-kind container on it is pinned, the leader role passes to the least loaded selected
 * node under the threshold. Loads are the period's averages, as the caller reads them.
 */
public final class LeaderHandoff {

    private LeaderHandoff() {
    }

    /** The node the leader role should pass to, or empty when it stays where it is. */
    public static Optional<Long> newLeader(long leaderNodeId, Map<Long, Load> selectedNodeLoads,
                                           boolean leaderMovableContainersAllPinned, double loadThreshold) {
        Objects.requireNonNull(selectedNodeLoads, "selectedNodeLoads");
        Load leader = selectedNodeLoads.get(leaderNodeId);
        if (leader == null) {
            throw new IllegalArgumentException("leader node " + leaderNodeId + " is not among the selected nodes");
        }
        if (!leaderOverThreshold(leader, loadThreshold) || !rebalancingCannotCoolIt(leaderMovableContainersAllPinned)) {
            return Optional.empty();
        }
        return selectedNodeLoads.entrySet().stream()
                .filter(node -> node.getKey() != leaderNodeId)
                .filter(node -> underThreshold(node.getValue(), loadThreshold))
                .min(Comparator.comparingDouble((Map.Entry<Long, Load> node) -> node.getValue().combined())
                        .thenComparingLong(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }

    // Rule: the role moves only while the leader's node is at or over the threshold.
    static boolean leaderOverThreshold(Load leader, double loadThreshold) {
        return leader.combined() >= loadThreshold;
    }

    // Rule: the role moves only when rebalancing cannot cool the leader, its movable containers being pinned.
    static boolean rebalancingCannotCoolIt(boolean leaderMovableContainersAllPinned) {
        return leaderMovableContainersAllPinned;
    }

    // Rule: the new leader must itself be under the threshold.
    static boolean underThreshold(Load node, double loadThreshold) {
        return node.combined() < loadThreshold;
    }
}
