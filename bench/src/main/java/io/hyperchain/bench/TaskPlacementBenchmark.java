package io.hyperchain.bench;

import io.hyperchain.task.TaskPlacement;
import io.hyperchain.task.TaskSlot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
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
 * P1.7 task placements per second: where a task of an environment of {@code containers} running
 * containers goes, by {@link TaskPlacement#choose} (the roomiest container, ties to fewer tasks then
 * the lower node id) and by a node's name, over 64 seeded environments taken in turn; against a bare
 * loop keeping the largest room, the least a choice can cost. See docs/benchmarks.md.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Thread)
public class TaskPlacementBenchmark {

    private static final int ENVIRONMENTS = 64;
    private static final long SEED = 20_261_206L;
    private static final int[] CORES = {1, 2, 4, 8};
    private static final Optional<String> ANY = Optional.empty();

    @Param({"3", "16", "256"})
    public int containers;

    private final List<List<TaskSlot>> environments = new ArrayList<>(ENVIRONMENTS);
    /** For each environment, the name of one of its containers as a person might type it. */
    private final List<Optional<String>> names = new ArrayList<>(ENVIRONMENTS);
    private int next;

    @Setup
    public void buildEnvironments() {
        var random = new Random(SEED);
        for (int e = 0; e < ENVIRONMENTS; e++) {
            var slots = new ArrayList<TaskSlot>(containers);
            for (int c = 0; c < containers; c++) {
                int cores = CORES[random.nextInt(CORES.length)];
                int tasks = random.nextInt(4);
                // reservations in quarters of a core, as tasks ask; some containers have no room left
                double reserved = tasks == 0 ? 0 : (1 + random.nextInt(4 * cores)) / 4.0;
                long nodeId = 1_000L * e + c + 1;
                slots.add(new TaskSlot(nodeId, "node-" + nodeId, 10_000 + random.nextInt(1_000), "c" + nodeId, cores,
                        random.nextInt(101) / 100.0, reserved, tasks));
            }
            environments.add(List.copyOf(slots));
            names.add(Optional.of(slots.get(random.nextInt(containers)).nodeName().toUpperCase(Locale.ROOT)));
        }
        for (int e = 0; e < ENVIRONMENTS; e++) {
            var slots = environments.get(e);
            TaskSlot chosen = TaskPlacement.choose(slots, ANY).orElseThrow();
            if (chosen.room() != maxRoom(slots).room()) {
                throw new IllegalStateException("environment " + e + ": " + chosen + " is not the roomiest");
            }
            TaskSlot named = TaskPlacement.choose(slots, names.get(e)).orElseThrow();
            if (!named.nodeName().equalsIgnoreCase(names.get(e).get())) {
                throw new IllegalStateException("environment " + e + ": " + named + " is not " + names.get(e).get());
            }
        }
    }

    private int turn() {
        next = (next + 1) & (ENVIRONMENTS - 1);
        return next;
    }

    private static TaskSlot maxRoom(List<TaskSlot> slots) {
        TaskSlot best = null;
        double room = Double.NEGATIVE_INFINITY;
        for (TaskSlot slot : slots) {
            double r = slot.room();
            if (r > room) {
                room = r;
                best = slot;
            }
        }
        return best;
    }

    /** Where the portal puts a task when no node is named: the roomiest container. */
    @Benchmark
    public Optional<TaskSlot> roomiest() {
        return TaskPlacement.choose(environments.get(turn()), ANY);
    }

    /** A task asked for on a node by name, in another case than the node's. */
    @Benchmark
    public Optional<TaskSlot> namedNode() {
        int e = turn();
        return TaskPlacement.choose(environments.get(e), names.get(e));
    }

    /** Baseline: one pass keeping the largest room, no ties broken. */
    @Benchmark
    public TaskSlot maxRoomBaseline() {
        return maxRoom(environments.get(turn()));
    }
}
