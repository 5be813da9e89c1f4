package io.hyperchain.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.placement.KeptPlacement.CountedNode;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property: over seeded random clouds changed in random ways (nodes added, removed, drained,
 * tenants assigned and released, spares elected, the base allotment changed, the pool's own
 * decisions committed or cancelled, a log short enough to be outrun), the kept pool decides exactly
 * as the full-scan engine over the database as it is at that moment.
 */
class KeptPlacementMatchesTheEngineTest {

    private static final int CLOUDS = 300;
    private static final int STEPS = 40;
    private static final double[] THRESHOLDS = {0.5, 0.8, 0.9, 1.0};
    private static final BaseAllotment[] BASES = {BaseAllotment.DEFAULT, new BaseAllotment(4, 8, 20)};

    private final PlacementEngine engine = PlacementEngine.standard();

    @Test
    void theKeptPoolDecidesAsTheEngineOverTheDatabaseNow() {
        var random = new Random(20_261_205L);
        int placed = 0;
        int refused = 0;
        for (int c = 0; c < CLOUDS; c++) {
            var table = new FakeNodeTable(1 + random.nextInt(8));
            for (long id = 1; id <= 1 + random.nextInt(15); id++) {
                table.node(randomNode(id, random));
            }
            var kept = new KeptPlacement(engine, table, Duration.ZERO);
            var base = BASES[0];
            for (int step = 0; step < STEPS; step++) {
                base = random.nextInt(20) == 0 ? BASES[random.nextInt(BASES.length)] : base;
                change(table, random);
                var query = randomQuery(random);
                var expected = engine.place(table.snapshots(base), query);
                var reservation = kept.reserve(query, base);
                assertEquals(expected, reservation.placement(), "cloud " + c + ", step " + step + ", " + query);
                if (reservation.placed()) {
                    placed++;
                    settle(kept, table, reservation, random);
                } else {
                    refused++;
                }
            }
        }
        assertTrue(placed > 2000, "placed " + placed);
        assertTrue(refused > 1000, "refused " + refused);
    }

    /** The decision commits (its tenant lands on the chosen nodes, one step each) or is cancelled. */
    private static void settle(KeptPlacement kept, FakeNodeTable table, KeptPlacement.Reservation reservation, Random random) {
        if (random.nextBoolean()) {
            kept.cancel(reservation);
            return;
        }
        if (random.nextInt(4) == 0) {
            change(table, random); // another instance got in before the commit
        }
        var here = table.snapshots(BaseAllotment.DEFAULT).stream().map(NodeSnapshot::id).toList();
        if (!here.containsAll(reservation.nodeIds())) {
            kept.cancel(reservation); // a chosen node is gone: the guard turns the decision away
            return;
        }
        reservation.nodeIds().forEach(table::assign);
        List<CountedNode> counted = reservation.nodeIds().stream().map(table::counted).toList();
        kept.committed(reservation, counted, table.epoch());
    }

    private static void change(FakeNodeTable table, Random random) {
        var ids = table.snapshots(BaseAllotment.DEFAULT).stream().map(NodeSnapshot::id).toList();
        if (ids.isEmpty()) {
            table.node(randomNode(1 + random.nextInt(20), random));
            return;
        }
        long id = ids.get(random.nextInt(ids.size()));
        switch (random.nextInt(8)) {
            case 0, 1 -> table.assign(id);
            case 2 -> {
                if (table.tenantsOf(id) > 0) {
                    table.release(id);
                }
            }
            case 3 -> table.node(randomNode(random.nextBoolean() ? id : 1 + random.nextInt(20), random));
            case 4 -> table.remove(id);
            case 5 -> table.elect(id);
            default -> {
                // nothing changed: the epoch stands still
            }
        }
    }

    private static NodeFacts randomNode(long id, Random random) {
        int seats = random.nextInt(5);
        // one dimension a little larger now and then, so that load ties break by id and load both
        return new NodeFacts(id, "node-" + id, random.nextInt(10) != 0, random.nextInt(10) == 0,
                2 * seats + random.nextInt(2) + 1, 8 * seats + 8, 40 * seats + 40);
    }

    private static PlacementQuery randomQuery(Random random) {
        Set<Long> held = new HashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            held.add((long) 1 + random.nextInt(20));
        }
        return new PlacementQuery(1 + random.nextInt(4), THRESHOLDS[random.nextInt(THRESHOLDS.length)], held);
    }
}
