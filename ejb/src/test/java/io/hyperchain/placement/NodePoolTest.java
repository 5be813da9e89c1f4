package io.hyperchain.placement;

import static io.hyperchain.placement.NodeBuilder.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NodePoolTest {

    private static final PlacementQuery ONE = PlacementQuery.of(1, 0.8);

    @Test
    void placesTheBestNodesFirst() {
        var pool = NodePool.standard(List.of(node(1).tenants(2).build(), node(2).tenants(0).load(0.5).build(),
                node(3).tenants(0).load(0.1).build()));
        assertEquals(List.of(3L, 2L), pool.place(PlacementQuery.of(2, 0.8)).nodeIds());
    }

    @Test
    void placingAloneChangesNothing() {
        var pool = NodePool.standard(List.of(node(1).build(), node(2).build()));
        pool.place(ONE);
        assertEquals(List.of(1L), pool.place(ONE).nodeIds());
        assertEquals(0, pool.node(1).orElseThrow().assignedTenants());
    }

    @Test
    void assigningATenantMovesTheNodeBehindLessBusyOnes() {
        var pool = NodePool.standard(List.of(node(1).build(), node(2).build()));
        assertEquals(1, pool.assign(1).assignedTenants());
        assertEquals(List.of(2L), pool.place(ONE).nodeIds());
    }

    @Test
    void releasingATenantMovesTheNodeForwardAgain() {
        var pool = NodePool.standard(List.of(node(1).tenants(1).build(), node(2).build()));
        assertEquals(List.of(2L), pool.place(ONE).nodeIds());
        assertEquals(0, pool.release(1).assignedTenants());
        assertEquals(List.of(1L), pool.place(ONE).nodeIds());
    }

    @Test
    void placeAndAssignRecordsTheChosenNodes() {
        var pool = NodePool.standard(List.of(node(1).build(), node(2).build(), node(3).tenants(1).build()));
        assertEquals(List.of(1L, 2L), pool.placeAndAssign(PlacementQuery.of(2, 0.8)).nodeIds());
        assertEquals(1, pool.node(1).orElseThrow().assignedTenants());
        assertEquals(1, pool.node(2).orElseThrow().assignedTenants());
        assertEquals(1, pool.node(3).orElseThrow().assignedTenants());
    }

    @Test
    void refusedPlaceAndAssignRecordsNothing() {
        var pool = NodePool.standard(List.of(node(1).build()));
        assertFalse(pool.placeAndAssign(PlacementQuery.of(2, 0.8)).placed());
        assertEquals(0, pool.node(1).orElseThrow().assignedTenants());
    }

    @Test
    void nodeThatFillsUpIsNoLongerACandidate() {
        var pool = NodePool.standard(List.of(node(1).limit(1).build()));
        pool.assign(1);
        var placement = pool.place(ONE);
        assertEquals("Needs 1 node, none can take another tenant: 1 is full.", placement.reason());
    }

    @Test
    void refusalExplainsPerFilterLikeTheEngine() {
        var nodes = List.of(node(1).full().build(), node(2).full().build(), node(3).full().build(),
                node(4).full().build(), node(5).draining().build(), node(6).build(), node(7).build());
        var query = PlacementQuery.of(3, 0.8);
        var placement = NodePool.standard(nodes).place(query);
        assertEquals("Needs 3 nodes, only 2 can take another tenant: 4 are full, 1 is in maintenance.",
                placement.reason());
        assertEquals(PlacementEngine.standard().place(nodes, query), placement);
    }

    @Test
    void nodesTheTenantHasAndBusyNodesAreSkipped() {
        var pool = NodePool.standard(List.of(node(1).build(), node(2).load(0.9).build(), node(3).tenants(1).build()));
        assertEquals(List.of(3L), pool.place(new PlacementQuery(1, 0.8, Set.of(1L))).nodeIds());
    }

    @Test
    void updateRepositionsANodeAndCanTakeItOutOfService() {
        var pool = NodePool.standard(List.of(node(1).build(), node(2).tenants(1).build()));
        pool.update(node(1).draining().build());
        assertEquals(List.of(2L), pool.place(ONE).nodeIds());
        pool.update(node(1).build());
        assertEquals(List.of(1L), pool.place(ONE).nodeIds());
    }

    @Test
    void updateOfAnUnknownNodeAddsIt() {
        var pool = NodePool.standard(List.of(node(5).tenants(1).build()));
        pool.update(node(9).build());
        assertEquals(2, pool.size());
        assertEquals(List.of(9L), pool.place(ONE).nodeIds());
    }

    @Test
    void removedNodeIsNoLongerPlaced() {
        var pool = NodePool.standard(List.of(node(1).build(), node(2).tenants(1).build()));
        assertTrue(pool.remove(1));
        assertFalse(pool.remove(1));
        assertEquals(List.of(2L), pool.place(ONE).nodeIds());
        assertEquals(List.of(node(2).tenants(1).build()), pool.snapshots());
    }

    @Test
    void releasingFromANodeWithoutTenantsIsAnError() {
        var pool = NodePool.standard(List.of(node(1).build()));
        assertThrows(IllegalStateException.class, () -> pool.release(1));
    }

    @Test
    void unknownNodeCannotBeAssigned() {
        var pool = NodePool.standard(List.of(node(1).build()));
        assertThrows(IllegalArgumentException.class, () -> pool.assign(2));
        assertThrows(IllegalArgumentException.class, () -> pool.release(2));
    }

    @Test
    void sameNodeTwiceIsRefusedWhenThePoolIsBuilt() {
        assertThrows(IllegalArgumentException.class,
                () -> NodePool.standard(List.of(node(1).build(), node(1).tenants(1).build())));
    }

    @Test
    void concurrentRequestsNeverOverCommitANode() throws Exception {
        List<NodeSnapshot> nodes = new ArrayList<>();
        for (int id = 1; id <= 10; id++) {
            nodes.add(node(id).limit(5).build());
        }
        var pool = NodePool.standard(nodes);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> placedPerThread = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                placedPerThread.add(threads.submit(() -> {
                    int placed = 0;
                    for (int i = 0; i < 10; i++) {
                        placed += pool.placeAndAssign(PlacementQuery.of(1, 2.0)).nodeIds().size();
                    }
                    return placed;
                }));
            }
            int placed = 0;
            for (var future : placedPerThread) {
                placed += future.get(30, TimeUnit.SECONDS);
            }
            assertEquals(50, placed);
        } finally {
            threads.shutdownNow();
        }
        pool.snapshots().forEach(n -> assertEquals(5, n.assignedTenants()));
    }
}
