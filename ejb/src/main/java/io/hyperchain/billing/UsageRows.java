package io.hyperchain.billing;

import io.hyperchain.billing.rating.Metric;
import io.hyperchain.billing.rating.UsageInterval;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Usage intervals read and written with plain JDBC: the portal (inside its transaction) and the
 * benchmarks run the very same statements.
 */
public final class UsageRows {

    /** Rows per multi-row insert: far under MariaDB's max_allowed_packet. */
    public static final int PER_STATEMENT = 1000;

    private UsageRows() {
    }

    /**
     * The tenants' intervals that touch [from, to), recorded after {@code recordedAfter} and up to
     * {@code recordedUpTo}; {@code startedBefore} narrows to intervals that began before it (late
     * usage of earlier months).
     */
    public static List<UsageInterval> touching(Connection connection, Collection<Long> tenantIds, Instant from, Instant to,
                                               Instant recordedAfter, Instant recordedUpTo) throws SQLException {
        String in = tenantIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<UsageInterval> intervals = new ArrayList<>();
        try (var select = connection.prepareStatement("select tenant_id, id, metric, rate, started_at, ended_at, recorded_at "
                + "from usage_interval where tenant_id in (" + in + ") and started_at < ? and (ended_at is null or ended_at > ?) "
                + "and recorded_at > ? and recorded_at <= ?")) {
            select.setTimestamp(1, Timestamp.from(to));
            select.setTimestamp(2, Timestamp.from(from));
            select.setTimestamp(3, Timestamp.from(recordedAfter));
            select.setTimestamp(4, Timestamp.from(recordedUpTo));
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    var metric = Metric.ofCode(rows.getString(3));
                    if (metric.isPresent()) {
                        Timestamp ended = rows.getTimestamp(6);
                        intervals.add(new UsageInterval(rows.getString(2), rows.getLong(1), metric.get(), rows.getBigDecimal(4),
                                rows.getTimestamp(5).toInstant(), ended == null ? null : ended.toInstant(),
                                rows.getTimestamp(7).toInstant()));
                    }
                }
            }
        }
        return intervals;
    }

    /**
     * Records intervals in multi-row inserts; an interval whose id exists, or whose subject and
     * metric already have one open, is skipped (a retry records nothing twice). Returns the rows made.
     */
    public static int record(Connection connection, List<Recorded> intervals) throws SQLException {
        int made = 0;
        for (int from = 0; from < intervals.size(); from += PER_STATEMENT) {
            var chunk = intervals.subList(from, Math.min(intervals.size(), from + PER_STATEMENT));
            try (var insert = connection.prepareStatement("insert ignore into usage_interval (id, tenant_id, metric, subject, "
                    + "node_id, rate, started_at, ended_at, recorded_at) values "
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), "(?,?,?,?,?,?,?,?,?)")))) {
                int p = 1;
                for (Recorded r : chunk) {
                    insert.setString(p++, r.subject() + "/" + r.metric().code() + "/" + r.start().toEpochMilli());
                    insert.setLong(p++, r.tenantId());
                    insert.setString(p++, r.metric().code());
                    insert.setString(p++, r.subject());
                    if (r.nodeId() == null) {
                        insert.setNull(p++, java.sql.Types.BIGINT);
                    } else {
                        insert.setLong(p++, r.nodeId());
                    }
                    insert.setBigDecimal(p++, r.rate());
                    insert.setTimestamp(p++, Timestamp.from(r.start()));
                    insert.setTimestamp(p++, r.end() == null ? null : Timestamp.from(r.end()));
                    insert.setTimestamp(p++, Timestamp.from(r.recordedAt()));
                }
                made += insert.executeUpdate();
            }
        }
        return made;
    }

    /** An interval to record: its id is derived from subject, metric and start. */
    public record Recorded(long tenantId, String subject, Long nodeId, Metric metric, java.math.BigDecimal rate, Instant start,
                           Instant end, Instant recordedAt) {
    }
}
