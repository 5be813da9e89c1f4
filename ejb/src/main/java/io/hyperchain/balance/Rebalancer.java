package io.hyperchain.balance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * P1.8, P3.1: a rebalancing round over a pool of nodes. It acts only when the pool's imbalance
 * has stayed above the threshold for {@code sustainSamples} samples, then moves service containers
 * one at a time, each time the move that lowers the pool's imbalance most, up to
 * {@code maxMovesPerRound}.
 *
 * <p>A move's margin is judged where it acts: it must lower the imbalance of its own source and
 * target (the same σ/μ over those two nodes) by at least {@code minImprovement}, and the pool's
 * imbalance must fall too. Over the whole pool a single move changes σ/μ by about 1/n of that
 * (under 0.001 at 1,000 nodes), so a pool-wide margin of 0.02 would forbid every move in a large
 * pool and allow coarse ones in a small pool.
 *
 * <p>The search looks at the {@value #HOTTEST_SOURCES} hottest nodes (busiest resource relative to
 * its mean) as sources and the {@value #COOLEST_TARGETS} coolest as targets: moves that lower the
 * spread run from hot to cool, and this bounds a move's search to O(sources × containers ×
 * targets) whatever the pool's size. In a pool no larger than that it is exhaustive. Ties go to the
 * lower workload id, then the lower target id.
 */
public final class Rebalancer {

    static final int HOTTEST_SOURCES = 32;
    static final int COOLEST_TARGETS = 64;

    private Rebalancer() {
    }

    /**
     * @param samplesAboveThreshold consecutive samples, this one included, whose imbalance was above
     *                              the threshold ({@link ImbalanceStreak})
     * @param now                   the round's time, from the caller's clock
     */
    public static RebalancePlan plan(List<BalanceNode> nodes, List<BalanceContainer> containers,
                                     int samplesAboveThreshold, Instant now, RebalancePolicy policy) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(policy, "policy");
        WorkingPool pool = new WorkingPool(nodes, containers);
        double before = pool.imbalance();
        if (!overThreshold(before, policy)) {
            return RebalancePlan.none(before, String.format(Locale.ROOT,
                    "balanced: imbalance %.3f is at or under the threshold %.3f", before, policy.imbalanceThreshold()));
        }
        if (!sustained(samplesAboveThreshold, policy)) {
            return RebalancePlan.none(before, String.format(Locale.ROOT,
                    "not sustained: imbalance %.3f has been above the threshold for %d of %d samples", before,
                    samplesAboveThreshold, policy.sustainSamples()));
        }
        List<Move> moves = new ArrayList<>();
        while (moves.size() < policy.maxMovesPerRound()) {
            Candidate best = bestMove(pool, now, policy);
            if (best == null) {
                break;
            }
            pool.move(best.container, best.to, now);
            moves.add(new Move(best.container.workloadId(), best.container.environmentId(),
                    best.container.hostNodeId(), pool.id(best.to), pool.imbalance()));
        }
        double after = pool.imbalance();
        String reason = moves.isEmpty()
                ? String.format(Locale.ROOT, "no move within the rules lowers imbalance %.3f by the margin %.3f",
                        before, policy.minImprovement())
                : String.format(Locale.ROOT, "%d move%s: imbalance %.3f to %.3f", moves.size(),
                        moves.size() == 1 ? "" : "s", before, after);
        return new RebalancePlan(before, after, moves, reason);
    }

    // Rule: nothing moves while the imbalance is at or under the threshold.
    static boolean overThreshold(double imbalance, RebalancePolicy policy) {
        return imbalance > policy.imbalanceThreshold();
    }

    // Rule: nothing moves until the imbalance has stayed above the threshold for sustainSamples samples.
    static boolean sustained(int samplesAboveThreshold, RebalancePolicy policy) {
        return samplesAboveThreshold >= policy.sustainSamples();
    }

    // Rule: a move must even out its own two nodes by at least minImprovement.
    static boolean improvesEnough(double pairBefore, double pairAfter, RebalancePolicy policy) {
        return pairBefore - pairAfter >= policy.minImprovement();
    }

    // Rule: a move must lower the pool's imbalance.
    static boolean lowersImbalance(double poolBefore, double poolAfter) {
        return poolAfter < poolBefore;
    }

    private record Candidate(BalanceContainer container, int to, double imbalanceAfter) {

        // more improvement first, then the lower workload id, then the lower target id
        boolean betterThan(Candidate other, WorkingPool pool) {
            if (other == null) {
                return true;
            }
            int byImbalance = Double.compare(imbalanceAfter, other.imbalanceAfter);
            if (byImbalance != 0) {
                return byImbalance < 0;
            }
            if (container.workloadId() != other.container.workloadId()) {
                return container.workloadId() < other.container.workloadId();
            }
            return pool.id(to) < pool.id(other.to);
        }
    }

    private static Candidate bestMove(WorkingPool pool, Instant now, RebalancePolicy policy) {
        int[] hottestFirst = pool.acceptingHottestFirst();
        int targetCount = Math.min(COOLEST_TARGETS, hottestFirst.length);
        double current = pool.imbalanceFromSums();
        Candidate best = null;
        int sources = 0;
        double[] in = new double[3];
        for (int s = 0; s < hottestFirst.length && sources < HOTTEST_SOURCES; s++) {
            int from = hottestFirst[s];
            boolean anyMovable = false;
            for (BalanceContainer container : pool.containersOn(from)) {
                if (!MoveRules.movable(container, now, policy.coolDown())) {
                    continue;
                }
                anyMovable = true;
                double[] out = pool.shareOn(container, from);
                for (int t = 0; t < targetCount; t++) {
                    int to = hottestFirst[hottestFirst.length - 1 - t];
                    if (to == from) {
                        continue;
                    }
                    pool.shareOn(container, to, in);
                    if (!MoveRules.staysUnderLoadThreshold(pool.combinedWith(to, in), policy.loadThreshold())
                            || !MoveRules.notHostingEnvironment(pool.hostsEnvironment(to, container.environmentId()))) {
                        continue;
                    }
                    double after = pool.imbalanceIfMoved(from, out, to, in);
                    if (!lowersImbalance(current, after)
                            || !improvesEnough(pool.pairImbalance(from, to), pool.pairImbalanceIfMoved(from, out, to, in), policy)) {
                        continue;
                    }
                    Candidate candidate = new Candidate(container, to, after);
                    if (candidate.betterThan(best, pool)) {
                        best = candidate;
                    }
                }
            }
            if (anyMovable) {
                sources++;
            }
        }
        return best;
    }
}
