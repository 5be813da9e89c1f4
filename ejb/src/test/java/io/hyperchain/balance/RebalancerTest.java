package io.hyperchain.balance;

import static io.hyperchain.balance.Fixtures.NOW;
import static io.hyperchain.balance.Fixtures.batch;
import static io.hyperchain.balance.Fixtures.closed;
import static io.hyperchain.balance.Fixtures.movedAt;
import static io.hyperchain.balance.Fixtures.node;
import static io.hyperchain.balance.Fixtures.pinned;
import static io.hyperchain.balance.Fixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.placement.Load;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RebalancerTest {

    private static final RebalancePolicy DEFAULTS = RebalancePolicy.defaults();

    // node 1 carries 0.7 in three containers (3, 2 and 2 units); nodes 2 and 3 idle at 0.1
    private static final List<BalanceContainer> ON_NODE_ONE = List.of(service(1, 10, 1, 3), service(2, 11, 1, 2),
            service(3, 12, 1, 2));

    private static List<BalanceNode> hotAndTwoCool() {
        return List.of(node(1, 0.7), node(2, 0.1), node(3, 0.1));
    }

    private static RebalancePlan plan(List<BalanceNode> nodes, List<BalanceContainer> containers, RebalancePolicy policy) {
        return Rebalancer.plan(nodes, containers, 3, NOW, policy);
    }

    private static List<String> moves(RebalancePlan plan) {
        return plan.moves().stream().map(m -> m.workloadId() + ":" + m.fromNode() + "->" + m.toNode()).toList();
    }

    private static RebalancePolicy withMaxMoves(int moves) {
        var d = DEFAULTS;
        return new RebalancePolicy(d.imbalanceThreshold(), d.sustainSamples(), d.minImprovement(), moves, d.coolDown(),
                d.loadThreshold());
    }

    @Test
    void theMoveThatLowersImbalanceMostComesFirst() {
        var plan = plan(hotAndTwoCool(), ON_NODE_ONE, DEFAULTS);
        // the largest container to the lower of two equally cool nodes, then a 2-unit one to the other
        assertEquals(List.of("1:1->2", "2:1->3"), moves(plan));
        assertEquals(Imbalance.of(List.of(new Load(0.7, 0.7, 0.7), new Load(0.1, 0.1, 0.1), new Load(0.1, 0.1, 0.1))),
                plan.imbalanceBefore(), 1e-12);
        assertEquals(Imbalance.of(List.of(new Load(0.2, 0.2, 0.2), new Load(0.4, 0.4, 0.4), new Load(0.3, 0.3, 0.3))),
                plan.imbalanceAfter(), 1e-12);
        assertEquals(plan.imbalanceAfter(), plan.moves().get(1).imbalanceAfter(), 1e-12);
        assertTrue(plan.moves().get(0).imbalanceAfter() > plan.imbalanceAfter());
        assertEquals("2 moves: imbalance 0.943 to 0.272", plan.reason());
    }

    @Test
    void overThresholdLetsNothingMoveWhileThePoolIsEvenEnough() {
        var plan = plan(List.of(node(1, 0.5), node(2, 0.45)), List.of(service(1, 10, 1, 2)), DEFAULTS);
        assertFalse(plan.movesAnything());
        assertTrue(plan.reason().startsWith("balanced: imbalance 0.053"), plan.reason());
        assertFalse(Rebalancer.overThreshold(0.25, DEFAULTS));
        assertTrue(Rebalancer.overThreshold(0.2501, DEFAULTS));
    }

    @Test
    void sustainedWaitsUntilTheImbalanceHasLastedSustainSamples() {
        var plan = Rebalancer.plan(hotAndTwoCool(), ON_NODE_ONE, 2, NOW, DEFAULTS);
        assertFalse(plan.movesAnything());
        assertEquals("not sustained: imbalance 0.943 has been above the threshold for 2 of 3 samples", plan.reason());
        assertTrue(Rebalancer.sustained(3, DEFAULTS));
    }

    @Test
    void atMostMaxMovesPerRound() {
        assertEquals(List.of("1:1->2"), moves(plan(hotAndTwoCool(), ON_NODE_ONE, withMaxMoves(1))));
        assertTrue(plan(hotAndTwoCool(), ON_NODE_ONE, withMaxMoves(0)).moves().isEmpty());
    }

    @Test
    void onlyServiceContainersThatAreNotPinnedNorCoolingDownMove() {
        var containers = List.of(batch(1, 10, 1, 3), pinned(2, 11, 1, 2), movedAt(service(3, 12, 1, 2), NOW.minusSeconds(60)));
        var plan = plan(hotAndTwoCool(), containers, DEFAULTS);
        assertFalse(plan.movesAnything());
        assertEquals("no move within the rules lowers imbalance 0.943 by the margin 0.020", plan.reason());
    }

    @Test
    void aContainerMovedThisRoundDoesNotMoveAgainInIt() {
        // one container only: after it moves, cooling down keeps it from a second move
        var plan = plan(List.of(node(1, 0.6), node(2, 0.1), node(3, 0.0)), List.of(service(1, 10, 1, 4)), DEFAULTS);
        assertEquals(1, plan.moves().size());
    }

    @Test
    void aTargetMustAcceptWork() {
        var nodes = List.of(node(1, 0.7), closed(2, 0.0), node(3, 0.1));
        assertEquals(List.of("1:1->3"), moves(plan(nodes, ON_NODE_ONE, withMaxMoves(1))));
    }

    @Test
    void imbalanceCountsOnlyNodesThatAcceptWork() {
        var plan = plan(List.of(node(1, 0.5), node(2, 0.5), closed(3, 0.0)), List.of(service(1, 10, 1, 2)), DEFAULTS);
        assertEquals(0, plan.imbalanceBefore());
    }

    @Test
    void aTargetMustNotHostTheEnvironmentAlready() {
        var containers = new ArrayList<>(ON_NODE_ONE);
        containers.add(service(9, 10, 2, 0)); // environment 10 already has a container on node 2
        assertEquals(List.of("1:1->3"), moves(plan(hotAndTwoCool(), containers, withMaxMoves(1))));
    }

    @Test
    void aTargetMustStayUnderTheLoadThreshold() {
        var d = DEFAULTS;
        var tight = new RebalancePolicy(d.imbalanceThreshold(), 3, d.minImprovement(), 1, d.coolDown(), 0.35);
        // 0.1 + 0.3 would reach 0.4: the 3-unit container cannot go, a 2-unit one can (0.3)
        assertEquals(List.of("2:1->2"), moves(plan(hotAndTwoCool(), ON_NODE_ONE, tight)));
    }

    @Test
    void improvesEnoughAsksAMoveToEvenItsTwoNodesByTheMargin() {
        assertTrue(Rebalancer.improvesEnough(0.5, 0.48, DEFAULTS));
        assertFalse(Rebalancer.improvesEnough(0.5, 0.485, DEFAULTS));
        var d = DEFAULTS;
        var demanding = new RebalancePolicy(d.imbalanceThreshold(), 3, 0.9, 2, d.coolDown(), d.loadThreshold());
        assertFalse(plan(hotAndTwoCool(), ON_NODE_ONE, demanding).movesAnything());
    }

    @Test
    void aSmallContainerThatBarelyEvensItsNodesStays() {
        // 0.05 units is a 0.005 share: between 0.9 and 0.1 the pair's σ/μ goes from 0.8 to 0.79, under the margin
        var plan = plan(List.of(node(1, 0.9), node(2, 0.1)), List.of(service(1, 10, 1, 0.05)), DEFAULTS);
        assertFalse(plan.movesAnything());
    }

    @Test
    void lowersImbalanceRefusesAMoveThatLeavesThePoolNoEvener() {
        assertTrue(Rebalancer.lowersImbalance(0.4, 0.39));
        assertFalse(Rebalancer.lowersImbalance(0.4, 0.4));
    }

    @Test
    void aMoveCarriesAbsoluteUsageAcrossCapacities() {
        // 3 cores off a 10-core node (0.3) land on a 20-core node as 0.15
        var big = new BalanceNode(2, new Load(0.1, 0.1, 0.1), new Capacity(20, 20, 20), true);
        var plan = plan(List.of(node(1, 0.6), big), List.of(service(1, 10, 1, 3)), withMaxMoves(1));
        assertEquals(List.of("1:1->2"), moves(plan));
        assertEquals(Imbalance.of(List.of(new Load(0.3, 0.3, 0.3), new Load(0.25, 0.25, 0.25))), plan.imbalanceAfter(), 1e-12);
    }

    @Test
    void theSamePoolInAnyOrderGivesTheSamePlan() {
        var random = new Random(42);
        List<BalanceNode> nodes = new ArrayList<>();
        List<BalanceContainer> containers = new ArrayList<>();
        long workload = 1;
        for (long id = 1; id <= 200; id++) {
            double used = 0;
            for (int k = 0; k < 5; k++) {
                double units = random.nextInt(4) * 0.25; // coarse sizes, so ties happen
                containers.add(service(workload++, (id * 7 + k) % 300, id, units));
                used += units / 10;
            }
            nodes.add(node(id, id % 10 == 0 ? 0.75 : used));
        }
        var first = Rebalancer.plan(nodes, containers, 3, NOW, DEFAULTS);
        Collections.shuffle(nodes, random);
        Collections.shuffle(containers, random);
        assertEquals(first, Rebalancer.plan(nodes, containers, 3, NOW, DEFAULTS));
        assertEquals(2, first.moves().size());
    }

    @Test
    void coolDownEndsAfterItsDuration() {
        var cooled = List.of(movedAt(service(1, 10, 1, 4), NOW.minus(Duration.ofHours(1))));
        assertTrue(plan(List.of(node(1, 0.6), node(2, 0.1)), cooled, DEFAULTS).movesAnything());
    }
}
