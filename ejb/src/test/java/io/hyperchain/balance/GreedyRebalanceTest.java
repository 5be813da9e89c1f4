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

import java.util.List;
import org.junit.jupiter.api.Test;

class GreedyRebalanceTest {

    private static final RebalancePolicy DEFAULTS = RebalancePolicy.defaults();

    private static List<String> moves(RebalancePlan plan) {
        return plan.moves().stream().map(m -> m.workloadId() + ":" + m.fromNode() + "->" + m.toNode()).toList();
    }

    @Test
    void theLargestContainerOfTheHottestNodeGoesToTheCoolest() {
        var nodes = List.of(node(1, 0.8), node(2, 0.3), node(3, 0.1));
        var containers = List.of(service(1, 10, 1, 1), service(2, 11, 1, 3), service(3, 12, 2, 1));
        // 3 units off node 1 to node 3 (0.5, 0.3, 0.4); then node 1 gives its 1 unit to node 2, now the coolest
        assertEquals(List.of("2:1->3", "1:1->2"), moves(GreedyRebalance.plan(nodes, containers, NOW, DEFAULTS)));
    }

    @Test
    void itNeedsNoSustainAndIgnoresCoolDown() {
        var nodes = List.of(node(1, 0.7), node(2, 0.1));
        var justMoved = List.of(movedAt(service(1, 10, 1, 3), NOW));
        var plan = GreedyRebalance.plan(nodes, justMoved, NOW, DEFAULTS);
        assertEquals(List.of("1:1->2"), moves(plan));
    }

    @Test
    void itStillRespectsPinsKindsAndEnvironments() {
        var nodes = List.of(node(1, 0.7), node(2, 0.1), node(3, 0.2));
        var containers = List.of(pinned(1, 10, 1, 3), batch(2, 11, 1, 3), service(3, 12, 1, 1), service(4, 12, 2, 0));
        // only workload 3 may move, and not to node 2, which hosts environment 12
        assertEquals(List.of("3:1->3"), moves(GreedyRebalance.plan(nodes, containers, NOW,
                new RebalancePolicy(0.25, 3, 0.02, 1, DEFAULTS.coolDown(), 0.8))));
    }

    @Test
    void itMovesOnlyWhenTheTargetEndsCoolerThanTheHottestWas() {
        // 5 units onto 0.3 would make 0.8, hotter than 0.7: nothing
        var plan = GreedyRebalance.plan(List.of(node(1, 0.7), node(2, 0.3)), List.of(service(1, 10, 1, 5)), NOW, DEFAULTS);
        assertFalse(plan.movesAnything());
    }

    @Test
    void itActsOnlyAboveTheImbalanceThresholdAndOnNodesThatAcceptWork() {
        assertFalse(GreedyRebalance.plan(List.of(node(1, 0.5), node(2, 0.45)), List.of(service(1, 10, 1, 2)), NOW,
                DEFAULTS).movesAnything());
        assertFalse(GreedyRebalance.plan(List.of(node(1, 0.7), closed(2, 0.0), node(3, 0.7)), List.of(service(1, 10, 1, 2)),
                NOW, DEFAULTS).movesAnything());
    }
}
