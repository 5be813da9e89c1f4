package io.hyperchain.bench;

import io.hyperchain.placement.BaseAllotment;
import io.hyperchain.placement.KeptPlacement;
import io.hyperchain.placement.KeptPlacement.CountedNode;
import io.hyperchain.placement.Load;
import io.hyperchain.placement.NodeFacts;
import io.hyperchain.placement.NodePool;
import io.hyperchain.placement.NodeSnapshot;
import io.hyperchain.placement.Placement;
import io.hyperchain.placement.PlacementEngine;
import io.hyperchain.placement.PlacementQuery;
import io.hyperchain.placement.TenantLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P1.2 placement decisions per second: a request for 3 nodes against a cloud of {@code nodes}
 * nodes carrying 100,000 tenant assignments (seeded), by the full-scan {@link PlacementEngine}, by
 * the kept {@link NodePool}, and by the portal's own path through {@link KeptPlacement} (the pool
 * warm, the epoch unchanged). The pool cases record their decision and release it again, so every
 * call sees the same state. See docs/benchmarks.md.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PlacementBenchmark {

    static final int ASSIGNMENTS = 100_000;
    static final long SEED = 20_240_601L;

    // declared capacities: with the default allotment a node takes 128..192 tenants
    private static final int[] CPUS = {256, 320, 384};
    private static final int[] MEMORY_GIB = {512, 768, 1024};
    private static final int[] DISK_GIB = {4000, 6000, 8000};

    @Param({"1000", "10000"})
    public int nodes;

    private final PlacementQuery query = PlacementQuery.of(3, 0.8);
    private final PlacementEngine engine = PlacementEngine.standard();
    private List<NodeSnapshot> snapshots;
    private NodePool pool;
    private Map<Long, CountedNode> rows;
    private KeptPlacement service;

    @Setup
    public void buildCloud() {
        var base = BaseAllotment.DEFAULT;
        var random = new Random(SEED);
        int[][] capacity = new int[nodes][];
        int[] limit = new int[nodes];
        int[] assigned = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            capacity[i] = new int[] {pick(CPUS, random), pick(MEMORY_GIB, random), pick(DISK_GIB, random)};
            limit[i] = TenantLimit.of(capacity[i][0], capacity[i][1], capacity[i][2], base);
        }
        for (int placed = 0; placed < ASSIGNMENTS; ) {
            int i = random.nextInt(nodes);
            if (assigned[i] < limit[i]) {
                assigned[i]++;
                placed++;
            }
        }
        snapshots = new ArrayList<>(nodes);
        rows = new HashMap<>();
        for (int i = 0; i < nodes; i++) {
            int[] cap = capacity[i];
            var snapshot = new NodeSnapshot(i + 1, "node-" + (i + 1), random.nextInt(100) != 0,
                    random.nextInt(100) == 0, i == nodes / 2, limit[i], assigned[i],
                    Load.fromAssignments(assigned[i], cap[0], cap[1], cap[2], base));
            snapshots.add(snapshot);
            rows.put(snapshot.id(), new CountedNode(new NodeFacts(snapshot.id(), snapshot.name(), snapshot.active(),
                    snapshot.draining(), cap[0], cap[1], cap[2]), assigned[i]));
        }
        pool = NodePool.standard(snapshots);
        service = new KeptPlacement(engine, new UnchangedDatabase(rows, OptionalLong.of(nodes / 2 + 1)), Duration.ZERO);
        Placement expected = engine.place(snapshots, query);
        var warm = service.reserve(query, base); // the first decision reads the whole cloud once
        service.cancel(warm);
        if (!expected.equals(pool.place(query)) || !expected.equals(warm.placement()) || !expected.placed()) {
            throw new IllegalStateException("the placements disagree or refuse: " + expected + ", "
                    + pool.place(query) + ", " + warm.placement());
        }
    }

    /** The database as the warm service sees it on a request: an epoch that has not moved since its pool read it. */
    private record UnchangedDatabase(Map<Long, CountedNode> rows, OptionalLong spare) implements KeptPlacement.Source {

        static final long EPOCH = 1_000_000;

        @Override
        public long epoch() {
            return EPOCH;
        }

        @Override
        public KeptPlacement.Cloud cloud() {
            return new KeptPlacement.Cloud(EPOCH, spare, List.copyOf(rows.values()));
        }

        @Override
        public Optional<Set<Long>> changed(long after, long upTo) {
            throw new IllegalStateException("the epoch never moves here");
        }

        @Override
        public List<CountedNode> nodes(Set<Long> ids) {
            throw new IllegalStateException("the epoch never moves here");
        }
    }

    private static int pick(int[] choices, Random random) {
        return choices[random.nextInt(choices.length)];
    }

    /** One decision by scanning every node and keeping the best 3. */
    @Benchmark
    public Placement fullScanEngine() {
        return engine.place(snapshots, query);
    }

    /** One decision from the kept index, recorded, then released so the state stays the same. */
    @Benchmark
    public Placement keptPool() {
        Placement placement = pool.placeAndAssign(query);
        for (long id : placement.nodeIds()) {
            pool.release(id);
        }
        return placement;
    }

    /**
     * The portal's decision path as {@code PlacementCommit} runs it, the database statements aside:
     * the epoch read (unchanged, so nothing else is read), the decision with its seats held, the
     * guard's check of the chosen nodes as counted after the tenant was added, then the seats given
     * back (as if rolled back) so the state stays the same.
     */
    @Benchmark
    public Placement servicePath() {
        var reservation = service.reserve(query, BaseAllotment.DEFAULT);
        List<CountedNode> counted = new ArrayList<>(reservation.nodeIds().size());
        for (long id : reservation.nodeIds()) {
            var row = rows.get(id);
            counted.add(new CountedNode(row.facts(), row.tenants() + 1));
        }
        if (!service.stillAdmitted(reservation, counted, query, BaseAllotment.DEFAULT)) {
            throw new IllegalStateException("the guard turned away " + reservation.nodeIds());
        }
        service.cancel(reservation);
        return reservation.placement();
    }

    /** One decision from the kept index, nothing recorded: the decision alone, as the full scan. */
    @Benchmark
    public Placement keptPoolDecisionOnly() {
        return pool.place(query);
    }
}
