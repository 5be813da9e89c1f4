package io.hyperchain.bench;

import io.hyperchain.metering.SampleBatch;
import io.hyperchain.placement.Load;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Samples ingested per second into MariaDB through the portal's own {@link SampleBatch} (raw rows
 * + minute/hour/day rollups, one transaction per pass of NODES samples), against inserting the same
 * raw rows alone in the same run. A scratch database hyperchain_bench is migrated by Flyway first (ScratchDatabase).
 *
 *   java -cp bench/target/benchmarks.jar io.hyperchain.bench.SampleIngest NODES SECONDS
 */
public final class SampleIngest {

    private SampleIngest() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        try (var db = ScratchDatabase.create("hyperchain_bench")) {
            db.setAutoCommit(false);
            try (var s = db.createStatement()) {
                s.execute("set foreign_key_checks = 0");
            }
            double rawOnly = run(db, nodes, seconds, false);
            double withRollups = run(db, nodes, seconds, true);
            System.out.printf("nodes per pass %d, %d s each%n", nodes, seconds);
            System.out.printf("raw samples only (baseline):   %,10.0f samples/s%n", rawOnly);
            System.out.printf("samples + 3 rollups (portal):  %,10.0f samples/s%n", withRollups);
            System.out.printf("ratio portal / baseline:       %10.3f%n", withRollups / rawOnly);
        }
    }

    private static double run(Connection db, int nodes, int seconds, boolean rollups) throws Exception {
        var random = new Random(42);
        long written = 0;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        Instant at = Instant.parse("2026-11-01T00:00:00Z");
        while (System.nanoTime() < end) {
            List<SampleBatch.Sample> pass = new ArrayList<>(nodes);
            for (int node = 1; node <= nodes; node++) {
                pass.add(new SampleBatch.Sample(node, at, random.nextInt(100) == 0 ? Optional.empty()
                        : Optional.of(new Load(random.nextDouble(), random.nextDouble(), random.nextDouble()))));
            }
            if (rollups) {
                SampleBatch.write(db, pass);
            } else {
                SampleBatch.write(db, pass.stream().map(s -> new SampleBatch.Sample(s.nodeId(), s.at(), Optional.empty())).toList());
            }
            db.commit();
            written += nodes;
            at = at.plusSeconds(15);
        }
        return written / ((System.nanoTime() - start) / 1e9);
    }

}
