package io.hyperchain.placement;

import static io.hyperchain.placement.NodeBuilder.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlacementEngineTest {

    private final PlacementEngine engine = PlacementEngine.standard();

    private Placement place(int count, NodeSnapshot... pool) {
        return engine.place(List.of(pool), PlacementQuery.of(count, 0.8));
    }

    @Test
    void admitsIsWhatEveryFilterSays() {
        var query = new PlacementQuery(1, 0.8, Set.of(4L));
        assertTrue(engine.admits(node(1).build(), query));
        assertFalse(engine.admits(node(2).full().build(), query));
        assertFalse(engine.admits(node(3).load(0.8).build(), query));
        assertFalse(engine.admits(node(4).build(), query));
        assertFalse(engine.admits(node(5).draining().build(), query));
    }

    @Test
    void picksTheRequestedNumberOfNodesBestFirst() {
        var placement = place(2, node(1).tenants(3).build(), node(2).tenants(1).build(),
                node(3).tenants(2).build(), node(4).tenants(0).build());
        assertTrue(placement.placed());
        assertEquals(List.of(4L, 2L), placement.nodeIds());
        assertEquals("", placement.reason());
    }

    @Test
    void fewerTenantsWinsOverLowerLoad() {
        var placement = place(1, node(1).tenants(2).load(0.1).build(), node(2).tenants(1).load(0.7).build());
        assertEquals(List.of(2L), placement.nodeIds());
    }

    @Test
    void lowerLoadBreaksATieInTenants() {
        var placement = place(1, node(1).tenants(1).load(0.5).build(), node(2).tenants(1).load(0.3).build());
        assertEquals(List.of(2L), placement.nodeIds());
    }

    @Test
    void lowerIdBreaksATieInTenantsAndLoad() {
        var placement = place(2, node(8).build(), node(3).build(), node(5).build());
        assertEquals(List.of(3L, 5L), placement.nodeIds());
    }

    @Test
    void onlyCandidatesArePicked() {
        var placement = engine.place(List.of(node(1).inactive().build(), node(2).draining().build(),
                        node(3).spare().build(), node(4).full().build(), node(5).load(0.9).build(),
                        node(6).build(), node(7).tenants(9).build()),
                new PlacementQuery(1, 0.8, Set.of(6L)));
        assertEquals(List.of(7L), placement.nodeIds());
    }

    @Test
    void refusalSaysHowManyWereNeededHowManyCouldAndWhyPerFilter() {
        var placement = place(3, node(1).full().build(), node(2).full().build(), node(3).full().build(),
                node(4).full().build(), node(5).draining().build(), node(6).build(), node(7).build());
        assertFalse(placement.placed());
        assertEquals(List.of(), placement.nodeIds());
        assertEquals("Needs 3 nodes, only 2 can take another tenant: 4 are full, 1 is in maintenance.",
                placement.reason());
        var refused = (Placement.Refused) placement;
        assertEquals(3, refused.needed());
        assertEquals(2, refused.candidates());
        assertEquals(4, refused.turnedAway().get("hasRoomForAnotherTenant"));
        assertEquals(1, refused.turnedAway().get("notDraining"));
        assertEquals(0, refused.turnedAway().get("activeOnly"));
    }

    @Test
    void refusalCountsEveryFilterInPipelineOrder() {
        var refused = (Placement.Refused) engine.place(List.of(node(1).inactive().build(), node(2).draining().build(),
                        node(3).spare().build(), node(4).build(), node(5).full().build(), node(6).load(0.95).build()),
                new PlacementQuery(1, 0.8, Set.of(4L)));
        assertEquals(List.of("activeOnly", "notDraining", "notSpare", "notAlreadyAssignedToTenant",
                "hasRoomForAnotherTenant", "loadUnderThreshold"), List.copyOf(refused.turnedAway().keySet()));
        assertEquals(List.of(1, 1, 1, 1, 1, 1), List.copyOf(refused.turnedAway().values()));
        assertEquals("Needs 1 node, none can take another tenant: 1 is out of service, 1 is in maintenance, "
                + "1 is held as the shared spare, 1 is already yours, 1 is full, 1 is too busy.", refused.reason());
    }

    @Test
    void nodeFailingSeveralFiltersIsCountedOnceByTheFirst() {
        var refused = (Placement.Refused) place(1, node(1).inactive().draining().full().load(0.99).build());
        assertEquals(Map.of("activeOnly", 1, "notDraining", 0, "notSpare", 0, "notAlreadyAssignedToTenant", 0,
                "hasRoomForAnotherTenant", 0, "loadUnderThreshold", 0), refused.turnedAway());
    }

    @Test
    void refusalNamesTheBiggestObstacleFirst() {
        var placement = place(2, node(1).draining().build(), node(2).load(0.9).build(), node(3).load(0.9).build());
        assertEquals("Needs 2 nodes, none can take another tenant: 2 are too busy, 1 is in maintenance.",
                placement.reason());
    }

    @Test
    void emptyCloudIsExplained() {
        assertEquals("Needs 2 nodes, none can take another tenant: the cloud has no nodes.", place(2).reason());
    }

    @Test
    void cloudWithTooFewNodesIsExplained() {
        assertEquals("Needs 3 nodes, only 1 can take another tenant: the cloud has no more nodes.",
                place(3, node(1).build()).reason());
    }

    @Test
    void decisionDoesNotDependOnTheOrderOfThePool() {
        var random = new Random(42);
        List<NodeSnapshot> pool = new ArrayList<>();
        for (int id = 0; id < 200; id++) {
            pool.add(node(id).tenants(random.nextInt(3)).load(random.nextInt(4) / 4.0).build());
        }
        var query = PlacementQuery.of(7, 0.8);
        var first = engine.place(pool, query);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(pool, random);
            assertEquals(first, engine.place(pool, query));
        }
    }

    @Test
    void pickAmongTenThousandNodesEqualsAFullSort() {
        var random = new Random(7);
        List<NodeSnapshot> pool = new ArrayList<>();
        for (int id = 0; id < 10_000; id++) {
            pool.add(node(id).limit(5).tenants(random.nextInt(6)).load(random.nextInt(100) / 100.0).build());
        }
        var query = PlacementQuery.of(50, 0.8);
        var expected = pool.stream()
                .filter(n -> n.assignedTenants() < n.tenantLimit() && n.load().combined() < 0.8)
                .sorted(Comparator.comparingInt(NodeSnapshot::assignedTenants)
                        .thenComparingDouble(n -> n.load().combined()).thenComparingLong(NodeSnapshot::id))
                .limit(50).map(NodeSnapshot::id).toList();
        assertEquals(expected, engine.place(pool, query).nodeIds());
    }

    @Test
    void sameNodeTwiceInThePoolIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> place(2, node(1).build(), node(1).tenants(1).build()));
    }

    @Test
    void customPipelineAndScorersAreHonoured() {
        var mostLoadedFirst = new PlacementEngine(List.of(new ActiveOnly()), new LowerLoadFirst().reversed());
        var placement = mostLoadedFirst.place(List.of(node(1).load(0.2).build(), node(2).load(0.9).build(),
                node(3).inactive().load(1.0).build()), PlacementQuery.of(1, 0.5));
        assertEquals(List.of(2L), placement.nodeIds());
    }
}
