package io.hyperchain.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.shared.RecordingConnection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RollupTableTest {

    private static final Instant AT = Instant.parse("2026-12-03T10:17:42.500Z");

    private final RecordingConnection recording = new RecordingConnection();

    @Test
    void theNodesUpsertIsTheStatementTheyAlwaysHad() {
        // the text of SampleBatch before the rollups were shared: the ingest benchmark's numbers still hold
        assertEquals("insert into load_rollup (node_id, grain, bucket, cpu, memory, disk, samples) values "
                        + "(?,?,?,?,?,?,1),(?,?,?,?,?,?,1) on duplicate key update "
                        + "cpu = (cpu * samples + values(cpu)) / (samples + 1), "
                        + "memory = (memory * samples + values(memory)) / (samples + 1), "
                        + "disk = (disk * samples + values(disk)) / (samples + 1), samples = samples + 1",
                RollupTable.NODE_LOAD.upsertSql(2));
    }

    @Test
    void theContainersUpsertAveragesEveryMeasureAndKeepsTheNewestHost() {
        assertEquals("insert into container_rollup (tenant_id, node_id, grain, bucket, cpu_cores, memory_bytes, disk_bytes, "
                        + "host_node_id, samples) values (?,?,?,?,?,?,?,?,1) on duplicate key update "
                        + "cpu_cores = (cpu_cores * samples + values(cpu_cores)) / (samples + 1), "
                        + "memory_bytes = (memory_bytes * samples + values(memory_bytes)) / (samples + 1), "
                        + "disk_bytes = (disk_bytes * samples + values(disk_bytes)) / (samples + 1), "
                        + "host_node_id = values(host_node_id), samples = samples + 1",
                RollupTable.CONTAINER_USAGE.upsertSql(1));
    }

    @Test
    void everySampleIsFoldedIntoItsMinuteHourAndDayBucket() throws Exception {
        RollupTable.CONTAINER_USAGE.write(recording.connection(),
                List.of(new RollupTable.Row(List.of(7L, 3L), AT, List.of(0.25, 1024.0, 2048.0), List.of(5L))));
        var executed = recording.executed();
        assertEquals(3, executed.size(), "one upsert per grain");
        assertEquals(List.of("MINUTE", "HOUR", "DAY"), executed.stream().map(e -> e.parameters().get(3)).toList());
        assertEquals(List.of(Timestamp.from(Instant.parse("2026-12-03T10:17:00Z")),
                        Timestamp.from(Instant.parse("2026-12-03T10:00:00Z")), Timestamp.from(Instant.parse("2026-12-03T00:00:00Z"))),
                executed.stream().map(e -> e.parameters().get(4)).toList());
        assertEquals(List.of(7L, 3L, "MINUTE", Timestamp.from(Instant.parse("2026-12-03T10:17:00Z")), 0.25, 1024.0, 2048.0, 5L),
                List.copyOf(executed.get(0).parameters().values()), "keys, grain, bucket, measures, then the latest facts");
    }

    @Test
    void nodesAndContainersAreWrittenByTheSameStatementsOverTheirOwnColumns() throws Exception {
        RollupTable.NODE_LOAD.write(recording.connection(),
                List.of(new RollupTable.Row(List.of(4L), AT, List.of(0.1, 0.2, 0.3), List.of())));
        var node = recording.executed().get(0);
        assertEquals(RollupTable.NODE_LOAD.upsertSql(1), node.sql());
        assertEquals(List.of(4L, "MINUTE", Timestamp.from(Instant.parse("2026-12-03T10:17:00Z")), 0.1, 0.2, 0.3),
                List.copyOf(node.parameters().values()));
    }

    @Test
    void noRowsWriteNothing() throws Exception {
        RollupTable.NODE_LOAD.write(recording.connection(), List.of());
        assertEquals(List.of(), recording.executed());
    }

    @Test
    void aRowOfAnotherShapeIsRefusedBeforeAnythingIsWritten() {
        var wrong = new RollupTable.Row(List.of(4L), AT, List.of(0.1, 0.2, 0.3), List.of());
        assertThrows(IllegalArgumentException.class, () -> RollupTable.CONTAINER_USAGE.write(recording.connection(), List.of(wrong)));
        assertEquals(List.of(), recording.executed());
    }

    @Test
    void aStatementStaysUnderThePlaceholdersAPreparedStatementMayHold() throws Exception {
        assertEquals(10_000, RollupTable.NODE_LOAD.rowsPerStatement(), "a 10,000-node pass is still one upsert per grain");
        assertEquals(7_500, RollupTable.CONTAINER_USAGE.rowsPerStatement());
        var rows = LongStream.range(0, 7_501).mapToObj(i -> new RollupTable.Row(List.of(1L, i), AT,
                List.of(0.0, 0.0, 0.0), List.of(i))).toList();
        RollupTable.CONTAINER_USAGE.write(recording.connection(), rows);
        assertEquals(6, recording.executed().size(), "two statements per grain");
        assertTrue(recording.executed().stream().allMatch(e -> e.parameters().size() <= 65_535));
    }

    @Test
    void historyIsReadForOneScopeByKeyThenBucket() {
        assertEquals("select tenant_id, node_id, bucket, cpu_cores, memory_bytes, disk_bytes, host_node_id from container_rollup "
                        + "where tenant_id = ?1 and grain = ?2 and bucket >= ?3 order by tenant_id, node_id, bucket",
                RollupTable.CONTAINER_USAGE.historySql("tenant_id"));
        assertEquals("select node_id, bucket, cpu, memory, disk from load_rollup where node_id = ?1 and grain = ?2 "
                + "and bucket >= ?3 order by node_id, bucket", RollupTable.NODE_LOAD.historySql("node_id"));
        assertThrows(IllegalArgumentException.class, () -> RollupTable.NODE_LOAD.historySql("tenant_id"),
                "a scope is one of the table's keys, never free text");
    }

    @Test
    void onlyMinuteRowsExpire() {
        assertEquals("delete from container_rollup where grain = 'MINUTE' and bucket < ?1",
                RollupTable.CONTAINER_USAGE.minuteRetentionSql());
        assertEquals("delete from load_rollup where grain = 'MINUTE' and bucket < ?1", RollupTable.NODE_LOAD.minuteRetentionSql());
    }

    @Test
    void aTableNeedsAKeyAndAMeasure() {
        assertThrows(IllegalArgumentException.class, () -> new RollupTable("t", List.of(), List.of("cpu"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new RollupTable("t", List.of("node_id"), List.of(), List.of()));
    }
}
