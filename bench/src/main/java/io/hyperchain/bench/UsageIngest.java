package io.hyperchain.bench;

import io.hyperchain.billing.UsageRows;
import io.hyperchain.billing.rating.Metric;
import io.hyperchain.shared.MultiRowInsert;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Usage intervals recorded per second through the portal's own batched path ({@link UsageRows#record}:
 * deterministic ids, INSERT IGNORE against the open-interval key, 1,000 rows a statement) against a
 * plain multi-row INSERT of the same rows into the same table, in the same run, alternating.
 *
 *   java -cp bench/target/benchmarks.jar io.hyperchain.bench.UsageIngest ROWS ROUNDS
 */
public final class UsageIngest {

    private UsageIngest() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (var db = ScratchDatabase.create("hyperchain_usage")) {
            db.setAutoCommit(false);
            var intervals = intervals(rows);
            for (int round = 1; round <= rounds; round++) {
                double plain = timed(db, () -> plainInsert(db, intervals));
                double service = timed(db, () -> UsageRows.record(db, intervals));
                System.out.printf("round %d: plain insert %,.0f rows/s | UsageRows.record %,.0f rows/s | ratio %.2f%n",
                        round, rows / plain, rows / service, plain / service);
            }
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double timed(Connection db, Work work) throws Exception {
        try (var s = db.createStatement()) {
            s.execute("truncate table usage_interval");
        }
        db.commit();
        long t0 = System.nanoTime();
        work.run();
        db.commit();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static List<UsageRows.Recorded> intervals(int rows) {
        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        List<UsageRows.Recorded> intervals = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            Instant at = start.plusSeconds(i % 3600);
            intervals.add(new UsageRows.Recorded(1 + i % 5000, "workload:" + i, (long) (1 + i % 50), Metric.values()[i % 4],
                    BigDecimal.valueOf(1 + i % 8), at, at.plusSeconds(3600), at.plusSeconds(3600)));
        }
        return intervals;
    }

    // the baseline: the same rows, ids made the same way, a plain INSERT without the service's IGNORE
    private static void plainInsert(Connection db, List<UsageRows.Recorded> intervals) throws Exception {
        MultiRowInsert.write(db, "insert into usage_interval (id, tenant_id, metric, subject, node_id, rate, started_at, "
                + "ended_at, recorded_at) values ", "(?,?,?,?,?,?,?,?,?)", "", intervals, UsageRows.PER_STATEMENT, (insert, p, r) -> {
                    insert.setString(p++, r.subject() + "/" + r.metric().code() + "/" + r.start().toEpochMilli());
                    insert.setLong(p++, r.tenantId());
                    insert.setString(p++, r.metric().code());
                    insert.setString(p++, r.subject());
                    insert.setLong(p++, r.nodeId());
                    insert.setBigDecimal(p++, r.rate());
                    insert.setTimestamp(p++, Timestamp.from(r.start()));
                    insert.setTimestamp(p++, Timestamp.from(r.end()));
                    insert.setTimestamp(p++, Timestamp.from(r.recordedAt()));
                    return p;
                });
    }
}
