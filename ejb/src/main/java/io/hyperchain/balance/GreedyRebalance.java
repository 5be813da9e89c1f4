package io.hyperchain.balance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A Watcher-style baseline to compare {@link Rebalancer} with, not for production: every round in
 * which the imbalance is above the threshold, take the largest service container that is not pinned
 * off the hottest node and put it on the coolest node that accepts work and does not host its
 * environment, if that leaves the target cooler than the hottest node was. No sustain, no margin,
 * no cool-down, no load threshold on the target; at most {@code maxMovesPerRound} moves.
 */
public final class GreedyRebalance {

    private GreedyRebalance() {
    }

    public static RebalancePlan plan(List<BalanceNode> nodes, List<BalanceContainer> containers, Instant now,
                                     RebalancePolicy policy) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(policy, "policy");
        WorkingPool pool = new WorkingPool(nodes, containers);
        double before = pool.imbalance();
        if (!Rebalancer.overThreshold(before, policy)) {
            return RebalancePlan.none(before, String.format(Locale.ROOT,
                    "balanced: imbalance %.3f is at or under the threshold %.3f", before, policy.imbalanceThreshold()));
        }
        List<Move> moves = new ArrayList<>();
        while (moves.size() < policy.maxMovesPerRound()) {
            Move move = moveOffHottest(pool, now);
            if (move == null) {
                break;
            }
            moves.add(move);
        }
        double after = pool.imbalance();
        return new RebalancePlan(before, after, moves, moves.isEmpty()
                ? "the hottest node has no container that would leave it cooler"
                : String.format(Locale.ROOT, "%d moves off the hottest node", moves.size()));
    }

    private static Move moveOffHottest(WorkingPool pool, Instant now) {
        int hottest = hottest(pool);
        if (hottest < 0) {
            return null;
        }
        double peak = pool.combined(hottest);
        List<BalanceContainer> largestFirst = pool.containersOn(hottest).stream()
                .filter(MoveRules::isService)
                .filter(MoveRules::notPinned)
                .sorted(Comparator.comparingDouble((BalanceContainer c) -> -combined(pool.shareOn(c, hottest)))
                        .thenComparingLong(BalanceContainer::workloadId))
                .toList();
        for (BalanceContainer container : largestFirst) {
            int coolest = coolestFor(pool, hottest, container.environmentId());
            if (coolest >= 0 && pool.combinedWith(coolest, pool.shareOn(container, coolest)) < peak) {
                long from = container.hostNodeId();
                pool.move(container, coolest, now);
                return new Move(container.workloadId(), container.environmentId(), from, pool.id(coolest),
                        pool.imbalance());
            }
        }
        return null;
    }

    // the accepting node with the highest combined load, lower id on ties
    private static int hottest(WorkingPool pool) {
        int best = -1;
        for (int i = 0; i < pool.size(); i++) {
            if (pool.accepts(i) && (best < 0 || pool.combined(i) > pool.combined(best))) {
                best = i;
            }
        }
        return best;
    }

    // the accepting node with the lowest combined load that does not host the environment, lower id on ties
    private static int coolestFor(WorkingPool pool, int except, long environmentId) {
        int best = -1;
        for (int i = 0; i < pool.size(); i++) {
            if (i != except && pool.accepts(i) && !pool.hostsEnvironment(i, environmentId)
                    && (best < 0 || pool.combined(i) < pool.combined(best))) {
                best = i;
            }
        }
        return best;
    }

    private static double combined(double[] share) {
        return Math.max(share[0], Math.max(share[1], share[2]));
    }
}
