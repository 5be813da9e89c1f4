package io.hyperchain.balance;

import static io.hyperchain.balance.Fixtures.batch;
import static io.hyperchain.balance.Fixtures.closed;
import static io.hyperchain.balance.Fixtures.node;
import static io.hyperchain.balance.Fixtures.pinned;
import static io.hyperchain.balance.Fixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsolidationTest {

    private static final RebalancePolicy DEFAULTS = RebalancePolicy.defaults();

    private static List<String> moves(ConsolidationPlan plan) {
        return plan.moves().stream().map(m -> m.workloadId() + ":" + m.fromNode() + "->" + m.toNode()).toList();
    }

    @Test
    void lowUseNodesAreEmptiedOntoTheBusiestNodeTheirWorkFits() {
        var nodes = List.of(node(1, 0.1), node(2, 0.5), node(3, 0.6), node(4, 0.15));
        var containers = List.of(service(1, 10, 1, 1), service(2, 11, 4, 1.5));
        var plan = Consolidation.plan(nodes, containers, 0.2, DEFAULTS);
        // node 1 (quietest) first: 1 unit onto node 3 (0.7); then node 4: 1.5 units fit only on node 2 (0.65)
        assertEquals(List.of("1:1->3", "2:4->2"), moves(plan));
        assertEquals(List.of(1L, 4L), plan.freedNodes());
    }

    @Test
    void lowUseIsUnderTheShare() {
        assertTrue(Consolidation.lowUse(0.19, 0.2));
        assertFalse(Consolidation.lowUse(0.2, 0.2));
    }

    @Test
    void aNodeWithPinnedOrBatchWorkIsNotFreed() {
        var nodes = List.of(node(1, 0.1), node(2, 0.1), node(3, 0.5));
        var containers = List.of(service(1, 10, 1, 0.5), pinned(2, 11, 1, 0.5), batch(3, 12, 2, 1));
        var plan = Consolidation.plan(nodes, containers, 0.2, DEFAULTS);
        assertTrue(plan.moves().isEmpty());
        assertTrue(plan.freedNodes().isEmpty());
    }

    @Test
    void aNodeIsFreedWholeOrNotAtAll() {
        // 2 units fit on node 3 (0.7), but then 1.5 more fit nowhere under 0.8: nothing moves
        var nodes = List.of(node(1, 0.35), node(3, 0.5));
        var containers = List.of(service(1, 10, 1, 2), service(2, 11, 1, 1.5));
        assertTrue(Consolidation.plan(nodes, containers, 0.4, DEFAULTS).moves().isEmpty());
    }

    @Test
    void oneContainerPerNodePerEnvironmentHoldsWhileConsolidating() {
        var nodes = List.of(node(1, 0.1), node(2, 0.5), node(3, 0.3));
        var containers = List.of(service(1, 10, 1, 1), service(2, 10, 2, 1));
        assertEquals(List.of("1:1->3"), moves(Consolidation.plan(nodes, containers, 0.2, DEFAULTS)));
    }

    @Test
    void nodesThatTakeNoWorkAreNeitherEmptiedNorFilled() {
        var nodes = List.of(node(1, 0.1), closed(2, 0.0), node(3, 0.3));
        var plan = Consolidation.plan(nodes, List.of(service(1, 10, 1, 1)), 0.2, DEFAULTS);
        assertEquals(List.of("1:1->3"), moves(plan));
        assertEquals(List.of(1L), plan.freedNodes());
    }

    @Test
    void aLowUseShareOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Consolidation.plan(List.of(), List.of(), 20, DEFAULTS));
    }
}
