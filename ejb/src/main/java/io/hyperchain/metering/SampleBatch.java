package io.hyperchain.metering;

import io.hyperchain.placement.Load;
import io.hyperchain.shared.MultiRowInsert;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes one sampling pass in five statements whatever the number of nodes: the raw samples in one
 * multi-row insert, then each grain's rollups (minute, hour, day) in one multi-row upsert that folds
 * the new sample into the bucket's running average, then one upsert counting this pass in the hour
 * of every tenant seen running (P1.6, averaging over usage hours). Plain JDBC, so the benchmark runs
 * the very same statements.
 */
public final class SampleBatch {

    /**
     * One node's sample; an empty load is a node that did not answer. {@code runningTenants} are
     * the tenants whose containers of this installation the engine listed as running.
     */
    public record Sample(long nodeId, Instant at, Optional<Load> load, Set<Long> runningTenants) {

        public Sample {
            runningTenants = Set.copyOf(runningTenants);
        }

        /** A sample that says nothing about tenants (the ingest benchmark). */
        public Sample(long nodeId, Instant at, Optional<Load> load) {
            this(nodeId, at, load, Set.of());
        }
    }

    /** The rollup grains and the bucket each truncates to. */
    public enum Grain {
        MINUTE(ChronoUnit.MINUTES),
        HOUR(ChronoUnit.HOURS),
        DAY(ChronoUnit.DAYS);

        final ChronoUnit unit;

        Grain(ChronoUnit unit) {
            this.unit = unit;
        }
    }

    private SampleBatch() {
    }

    public static void write(Connection connection, List<Sample> samples) throws SQLException {
        if (samples.isEmpty()) {
            return;
        }
        try (var insert = connection.prepareStatement("insert into load_sample (node_id, at, cpu, memory, disk, missing) values "
                + MultiRowInsert.values("(?,?,?,?,?,?)", samples.size()))) {
            int p = 1;
            for (Sample sample : samples) {
                insert.setLong(p++, sample.nodeId());
                insert.setTimestamp(p++, Timestamp.from(sample.at()));
                insert.setObject(p++, sample.load().map(Load::cpu).orElse(null));
                insert.setObject(p++, sample.load().map(Load::memory).orElse(null));
                insert.setObject(p++, sample.load().map(Load::disk).orElse(null));
                insert.setBoolean(p++, sample.load().isEmpty());
            }
            insert.executeUpdate();
        }
        writeRunningHours(connection, samples);
        var answered = samples.stream().filter(sample -> sample.load().isPresent()).toList();
        if (answered.isEmpty()) {
            return; // a missing sample moves no average
        }
        for (Grain grain : Grain.values()) {
            // samples is updated last: the averages above it still see the old count
            try (var upsert = connection.prepareStatement("insert into load_rollup (node_id, grain, bucket, cpu, memory, disk, "
                    + "samples) values " + MultiRowInsert.values("(?,?,?,?,?,?,1)", answered.size()) + " on duplicate key update "
                    + "cpu = (cpu * samples + values(cpu)) / (samples + 1), "
                    + "memory = (memory * samples + values(memory)) / (samples + 1), "
                    + "disk = (disk * samples + values(disk)) / (samples + 1), samples = samples + 1")) {
                int p = 1;
                for (Sample sample : answered) {
                    Load load = sample.load().get();
                    upsert.setLong(p++, sample.nodeId());
                    upsert.setString(p++, grain.name());
                    upsert.setTimestamp(p++, Timestamp.from(sample.at().truncatedTo(grain.unit)));
                    upsert.setDouble(p++, load.cpu());
                    upsert.setDouble(p++, load.memory());
                    upsert.setDouble(p++, load.disk());
                }
                upsert.executeUpdate();
            }
        }
    }

    /** This pass counts once in the hour of each tenant running anywhere, however many nodes it runs on. */
    private static void writeRunningHours(Connection connection, List<Sample> samples) throws SQLException {
        Set<Long> tenants = new TreeSet<>();   // sorted: concurrent passes lock rows in the same order
        samples.forEach(sample -> tenants.addAll(sample.runningTenants()));
        if (tenants.isEmpty()) {
            return;
        }
        Timestamp hour = Timestamp.from(samples.get(0).at().truncatedTo(ChronoUnit.HOURS));
        try (var upsert = connection.prepareStatement("insert into tenant_running_hour (tenant_id, bucket, samples) values "
                + MultiRowInsert.values("(?,?,1)", tenants.size()) + " on duplicate key update samples = samples + 1")) {
            int p = 1;
            for (long tenant : tenants) {
                upsert.setLong(p++, tenant);
                upsert.setTimestamp(p++, hour);
            }
            upsert.executeUpdate();
        }
    }
}
