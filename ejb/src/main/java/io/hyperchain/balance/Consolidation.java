package io.hyperchain.balance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * P1.14 (an option, off by default): low-use nodes, whose combined load is under
 * {@code lowUseShare}, are emptied onto the other nodes that accept work, so that the freed nodes
 * can form a second environment. A node is emptied only whole: every container on it must be a
 * service, not pinned, and fit on another node under the load threshold without a second container
 * of its environment there. Low-use nodes are tried quietest first; containers are placed largest
 * first, each on the busiest node it still fits (best fit), lower ids on ties. Cool-down does not
 * apply: consolidation is an operator's one-off, not a periodic round.
 */
public final class Consolidation {

    private Consolidation() {
    }

    /** @param lowUseShare a combined-load share, e.g. 0.2 for nodes under 20 % */
    public static ConsolidationPlan plan(List<BalanceNode> nodes, List<BalanceContainer> containers,
                                         double lowUseShare, RebalancePolicy policy) {
        Objects.requireNonNull(policy, "policy");
        if (!(lowUseShare >= 0 && lowUseShare <= 1)) {
            throw new IllegalArgumentException("lowUseShare must be between 0 and 1, was " + lowUseShare);
        }
        WorkingPool pool = new WorkingPool(nodes, containers);
        List<Integer> lowUse = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (pool.accepts(i) && lowUse(pool.combined(i), lowUseShare)) {
                lowUse.add(i);
            }
        }
        lowUse.sort(Comparator.comparingDouble(pool::combined).thenComparingLong(pool::id));
        Set<Integer> emptied = new HashSet<>(lowUse);
        List<Move> moves = new ArrayList<>();
        List<Long> freed = new ArrayList<>();
        Instant at = Instant.EPOCH; // the moved containers' times are not part of the plan
        for (int node : lowUse) {
            Map<BalanceContainer, Integer> targets = fitAll(pool, node, emptied, policy);
            if (targets == null) {
                continue;
            }
            for (Map.Entry<BalanceContainer, Integer> placed : orderedByWorkload(targets)) {
                BalanceContainer container = placed.getKey();
                pool.move(container, placed.getValue(), at);
                moves.add(new Move(container.workloadId(), container.environmentId(), container.hostNodeId(),
                        pool.id(placed.getValue()), pool.imbalance()));
            }
            freed.add(pool.id(node));
        }
        freed.sort(Long::compare);
        return new ConsolidationPlan(moves, freed);
    }

    // Rule: a node is low-use when its combined load is under the low-use share.
    static boolean lowUse(double combined, double lowUseShare) {
        return combined < lowUseShare;
    }

    /** Where each container of the node goes, or null when one of them cannot go anywhere. */
    private static Map<BalanceContainer, Integer> fitAll(WorkingPool pool, int node, Set<Integer> emptied,
                                                         RebalancePolicy policy) {
        List<BalanceContainer> largestFirst = pool.containersOn(node).stream()
                .sorted(Comparator.comparingDouble((BalanceContainer c) -> -combined(pool.shareOn(c, node)))
                        .thenComparingLong(BalanceContainer::workloadId))
                .toList();
        Map<Integer, double[]> added = new HashMap<>();
        Set<String> environments = new HashSet<>();
        Map<BalanceContainer, Integer> targets = new HashMap<>();
        for (BalanceContainer container : largestFirst) {
            if (!MoveRules.isService(container) || !MoveRules.notPinned(container)) {
                return null;
            }
            int best = -1;
            double bestAfter = -1;
            for (int to = 0; to < pool.size(); to++) {
                if (emptied.contains(to) || !pool.accepts(to)
                        || !MoveRules.notHostingEnvironment(pool.hostsEnvironment(to, container.environmentId())
                                || environments.contains(to + ":" + container.environmentId()))) {
                    continue;
                }
                double[] share = pool.shareOn(container, to);
                double[] extra = added.getOrDefault(to, new double[3]);
                double after = pool.combinedWith(to, new double[] {share[0] + extra[0], share[1] + extra[1],
                        share[2] + extra[2]});
                if (MoveRules.staysUnderLoadThreshold(after, policy.loadThreshold()) && after > bestAfter) {
                    best = to;
                    bestAfter = after;
                }
            }
            if (best < 0) {
                return null;
            }
            double[] share = pool.shareOn(container, best);
            double[] extra = added.computeIfAbsent(best, k -> new double[3]);
            for (int d = 0; d < 3; d++) {
                extra[d] += share[d];
            }
            environments.add(best + ":" + container.environmentId());
            targets.put(container, best);
        }
        return targets;
    }

    private static List<Map.Entry<BalanceContainer, Integer>> orderedByWorkload(Map<BalanceContainer, Integer> targets) {
        return targets.entrySet().stream()
                .sorted(Comparator.comparingLong(entry -> entry.getKey().workloadId()))
                .toList();
    }

    private static double combined(double[] share) {
        return Math.max(share[0], Math.max(share[1], share[2]));
    }
}
