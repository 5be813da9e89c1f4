package io.hyperchain.metering;

import io.hyperchain.shared.MultiRowInsert;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of running averages: one row per key and bucket of each {@link Grain}, each sample folded
 * into its minute, hour and day rows by one multi-row upsert per grain. Nodes' loads and tenants'
 * containers' usage are rolled up by these same statements over their own columns, so both have the
 * same grains, the same averaging and the same retention. Plain JDBC, so the benchmark runs the very
 * same statements.
 *
 * @param name     the table, keyed (grain, bucket, keys…)
 * @param keys     what a row is of (a node; a tenant's container, by tenant and node)
 * @param measures the averaged figures
 * @param latest   facts that are not averaged: the bucket keeps what its newest sample said
 */
public record RollupTable(String name, List<String> keys, List<String> measures, List<String> latest) {

    /** Every node's load, a share of its declared capacity (sql/V4, V9). */
    public static final RollupTable NODE_LOAD = new RollupTable("load_rollup", List.of("node_id"),
            List.of("cpu", "memory", "disk"), List.of());

    /**
     * Every tenant's container, by the tenant and the tenant's node (a workload), in cores and bytes;
     * the host it ran on last in the bucket (another node after a failover or a move, sql/V27).
     */
    public static final RollupTable CONTAINER_USAGE = new RollupTable("container_rollup", List.of("tenant_id", "node_id"),
            List.of("cpu_cores", "memory_bytes", "disk_bytes"), List.of("host_node_id"));

    /** A prepared statement may hold at most 65,535 placeholders; a pass stays well under it per statement. */
    static final int PLACEHOLDERS_PER_STATEMENT = 60_000;

    public RollupTable {
        keys = List.copyOf(keys);
        measures = List.copyOf(measures);
        latest = List.copyOf(latest);
        if (keys.isEmpty() || measures.isEmpty()) {
            throw new IllegalArgumentException("a rollup of " + name + " needs a key and a measure");
        }
    }

    /** One sample to fold in: its key, its moment, its figures and facts, in the table's column order. */
    public record Row(List<Long> keys, Instant at, List<Double> measures, List<Long> latest) {

        public Row {
            keys = List.copyOf(keys);
            measures = List.copyOf(measures);
            latest = List.copyOf(latest);
        }
    }

    /** Folds every row into its bucket of each grain: one upsert per grain (more only past {@link #rowsPerStatement()} rows). */
    public void write(Connection connection, List<Row> rows) throws SQLException {
        rows.forEach(this::check);
        if (rows.isEmpty()) {
            return;
        }
        for (Grain grain : Grain.values()) {
            String head = "insert into " + name + " (" + String.join(", ", columns()) + ") values ";
            MultiRowInsert.write(connection, head, group(), updateClause(), rows, rowsPerStatement(), (statement, first, row) -> {
                int p = first;
                for (long key : row.keys()) {
                    statement.setLong(p++, key);
                }
                statement.setString(p++, grain.name());
                statement.setTimestamp(p++, Timestamp.from(grain.bucketOf(row.at())));
                for (double measure : row.measures()) {
                    statement.setDouble(p++, measure);
                }
                for (long fact : row.latest()) {
                    statement.setLong(p++, fact);
                }
                return p;
            });
        }
    }

    /** The upsert of {@code rows} rows at one grain, as {@link #write} sends it. */
    String upsertSql(int rows) {
        return "insert into " + name + " (" + String.join(", ", columns()) + ") values " + MultiRowInsert.values(group(), rows)
                + updateClause();
    }

    /** Rows one statement carries: as many as the placeholders allow. */
    int rowsPerStatement() {
        return PLACEHOLDERS_PER_STATEMENT / (keys.size() + 2 + measures.size() + latest.size());
    }

    /** Deletes the minute rows older than ?1 (the retention of the finest grain). */
    String minuteRetentionSql() {
        return "delete from " + name + " where grain = '" + Grain.MINUTE.name() + "' and bucket < ?1";
    }

    /**
     * The rows of one scope at one grain since a moment, by key then bucket: bind the scope's value
     * as ?1, the grain as ?2, the moment as ?3. Columns: the keys, bucket, the measures, the latest facts.
     */
    String historySql(String scope) {
        if (!keys.contains(scope)) {
            throw new IllegalArgumentException(name + " has no key " + scope);
        }
        List<String> selected = new ArrayList<>(keys);
        selected.add("bucket");
        selected.addAll(measures);
        selected.addAll(latest);
        return "select " + String.join(", ", selected) + " from " + name + " where " + scope + " = ?1 and grain = ?2 "
                + "and bucket >= ?3 order by " + String.join(", ", keys) + ", bucket";
    }

    private List<String> columns() {
        List<String> columns = new ArrayList<>(keys);
        columns.add("grain");
        columns.add("bucket");
        columns.addAll(measures);
        columns.addAll(latest);
        columns.add("samples");
        return columns;
    }

    private String group() {
        int placeholders = keys.size() + 2 + measures.size() + latest.size();
        return "(" + "?,".repeat(placeholders) + "1)";
    }

    /** The running average: samples is updated last, so the averages before it still see the old count. */
    private String updateClause() {
        List<String> updates = new ArrayList<>();
        measures.forEach(m -> updates.add(m + " = (" + m + " * samples + values(" + m + ")) / (samples + 1)"));
        latest.forEach(fact -> updates.add(fact + " = values(" + fact + ")"));
        updates.add("samples = samples + 1");
        return " on duplicate key update " + String.join(", ", updates);
    }

    private void check(Row row) {
        if (row.keys().size() != keys.size() || row.measures().size() != measures.size() || row.latest().size() != latest.size()) {
            throw new IllegalArgumentException("a row of " + name + " has " + keys + ", " + measures + " and " + latest
                    + ", not " + row);
        }
    }
}
