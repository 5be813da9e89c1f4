package io.hyperchain.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property: over seeded random pools and queries, with assignments, releases, updates and removals
 * interleaved, the kept {@link NodePool} decides exactly as a full scan by {@link PlacementEngine},
 * and both agree with a plain filter-then-sort reading of P1.2.
 */
class NodePoolMatchesPlacementEngineTest {

    private static final int POOLS = 1000;
    private static final int STEPS_PER_POOL = 12;
    private static final double[] THRESHOLDS = {0.25, 0.5, 0.8, 1.0, 1.5};

    private final PlacementEngine engine = PlacementEngine.standard();

    @Test
    void keptPoolDecidesLikeTheFullScanAcrossRandomPoolsAndChanges() {
        var random = new Random(20_240_601L);
        int placed = 0;
        int refused = 0;
        for (int p = 0; p < POOLS; p++) {
            var pool = NodePool.standard(randomNodes(random));
            for (int step = 0; step < STEPS_PER_POOL; step++) {
                change(pool, random);
                var query = randomQuery(random);
                var expected = engine.place(shuffled(pool.snapshots(), random), query);
                String where = "pool " + p + ", step " + step + ", " + query;
                assertEquals(expected, pool.place(query), where);
                assertEquals(filterThenSort(pool.snapshots(), query), expected.nodeIds(), where);
                if (random.nextInt(4) == 0) {
                    assertEquals(expected, pool.placeAndAssign(query), where);
                }
                if (expected.placed()) {
                    placed++;
                } else {
                    refused++;
                }
            }
        }
        // the generator must exercise both outcomes, or the property says little
        assertEquals(true, placed > 2000, "placed " + placed);
        assertEquals(true, refused > 2000, "refused " + refused);
    }

    private static List<NodeSnapshot> randomNodes(Random random) {
        int size = random.nextInt(41);
        List<Long> ids = new ArrayList<>();
        for (long id = 0; id < 100; id++) {
            ids.add(id);
        }
        Collections.shuffle(ids, random);
        List<NodeSnapshot> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            nodes.add(randomNode(ids.get(i), random));
        }
        return nodes;
    }

    private static NodeSnapshot randomNode(long id, Random random) {
        int limit = random.nextInt(5);
        return new NodeSnapshot(id, "node-" + id, random.nextInt(10) != 0, random.nextInt(10) == 0,
                random.nextInt(20) == 0, limit, random.nextInt(limit + 2), randomLoad(random));
    }

    // eighths, so that ties in load are common and the id tie-break is exercised
    private static Load randomLoad(Random random) {
        return new Load(random.nextInt(10) / 8.0, random.nextInt(10) / 8.0, random.nextInt(10) / 8.0);
    }

    private static PlacementQuery randomQuery(Random random) {
        Set<Long> held = new HashSet<>();
        int howMany = random.nextInt(6);
        for (int i = 0; i < howMany; i++) {
            held.add((long) random.nextInt(100));
        }
        return new PlacementQuery(1 + random.nextInt(6), THRESHOLDS[random.nextInt(THRESHOLDS.length)], held);
    }

    private static void change(NodePool pool, Random random) {
        var nodes = pool.snapshots();
        if (nodes.isEmpty()) {
            pool.update(randomNode(random.nextInt(100), random));
            return;
        }
        var node = nodes.get(random.nextInt(nodes.size()));
        switch (random.nextInt(6)) {
            case 0, 1 -> pool.assign(node.id());
            case 2, 3 -> {
                if (node.assignedTenants() > 0) {
                    pool.release(node.id());
                }
            }
            case 4 -> pool.update(randomNode(random.nextBoolean() ? node.id() : random.nextInt(100), random));
            default -> pool.remove(node.id());
        }
    }

    private static List<NodeSnapshot> shuffled(List<NodeSnapshot> nodes, Random random) {
        List<NodeSnapshot> copy = new ArrayList<>(nodes);
        Collections.shuffle(copy, random);
        return copy;
    }

    /** P1.2 read literally: filter, sort the candidates, take the first count; nothing if too few. */
    private static List<Long> filterThenSort(List<NodeSnapshot> nodes, PlacementQuery query) {
        List<NodeSnapshot> candidates = nodes.stream()
                .filter(n -> n.active() && !n.draining() && !n.spare())
                .filter(n -> !query.alreadyAssigned().contains(n.id()))
                .filter(n -> n.assignedTenants() < n.tenantLimit())
                .filter(n -> n.load().combined() < query.loadThreshold())
                .sorted(Comparator.comparingInt(NodeSnapshot::assignedTenants)
                        .thenComparingDouble(n -> n.load().combined())
                        .thenComparingLong(NodeSnapshot::id))
                .toList();
        if (candidates.size() < query.count()) {
            return List.of();
        }
        return candidates.subList(0, query.count()).stream().map(NodeSnapshot::id).toList();
    }
}
