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
 * the new sample into the bucket's running average ({@link RollupTable#NODE_LOAD}), then one upsert
 * counting this pass in the hour of every tenant seen running (P1.6, averaging over usage hours).
 * Tenants' containers (P4.3) add four more, the same way: their raw samples, their rollups
 * ({@link RollupTable#CONTAINER_USAGE}). Plain JDBC, so the benchmark runs the very same statements.
 */
public final class SampleBatch {

    /** Raw container samples per insert: 8 placeholders each, under a statement's 65,535. */
    static final int CONTAINER_SAMPLES_PER_STATEMENT = RollupTable.PLACEHOLDERS_PER_STATEMENT / 8;

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

    private SampleBatch() {
    }

    /** A pass of node samples only (the ingest benchmark). */
    public static void write(Connection connection, List<Sample> samples) throws SQLException {
        write(connection, samples, List.of());
    }

    /** A pass: its node samples and its tenants' containers' samples ({@link ContainerSamples}). */
    public static void write(Connection connection, List<Sample> samples, List<ContainerSample> containers) throws SQLException {
        writeNodes(connection, samples);
        writeContainers(connection, containers);
    }

    private static void writeNodes(Connection connection, List<Sample> samples) throws SQLException {
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
        // a missing sample moves no average
        var answered = samples.stream().filter(sample -> sample.load().isPresent()).toList();
        RollupTable.NODE_LOAD.write(connection, answered.stream().map(sample -> {
            Load load = sample.load().get();
            return new RollupTable.Row(List.of(sample.nodeId()), sample.at(), List.of(load.cpu(), load.memory(), load.disk()),
                    List.of());
        }).toList());
    }

    /**
     * P4.3: each container's raw sample (kept a day, like the nodes'; it says where the container
     * ran) and its rollups, by the same statements as the nodes' ({@link RollupTable}).
     */
    private static void writeContainers(Connection connection, List<ContainerSample> containers) throws SQLException {
        if (containers.isEmpty()) {
            return;
        }
        MultiRowInsert.write(connection, "insert into container_sample (tenant_id, node_id, host_node_id, epoch, at, cpu_cores, "
                + "memory_bytes, disk_bytes) values ", "(?,?,?,?,?,?,?,?)", "", containers, CONTAINER_SAMPLES_PER_STATEMENT,
                (insert, p, sample) -> {
                    insert.setLong(p++, sample.tenantId());
                    insert.setLong(p++, sample.nodeId());
                    insert.setLong(p++, sample.hostNodeId());
                    insert.setInt(p++, sample.epoch());
                    insert.setTimestamp(p++, Timestamp.from(sample.at()));
                    insert.setDouble(p++, sample.cores());
                    insert.setLong(p++, sample.memoryBytes());
                    insert.setLong(p++, sample.diskBytes());
                    return p;
                });
        RollupTable.CONTAINER_USAGE.write(connection, containers.stream().map(ContainerSample::rollupRow).toList());
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
