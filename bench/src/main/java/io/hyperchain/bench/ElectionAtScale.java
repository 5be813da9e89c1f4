package io.hyperchain.bench;

import io.hyperchain.adjust.ProposalBatch;
import io.hyperchain.metering.RollupSpan;
import io.hyperchain.notify.NotificationBatch;
import io.hyperchain.shared.MultiRowInsert;
import io.hyperchain.placement.Load;
import io.hyperchain.placement.NodeAverage;
import io.hyperchain.placement.QuotaAdjustmentPolicy;
import io.hyperchain.placement.SpareElection;
import io.hyperchain.placement.TenantLoads;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The read side of the monthly jobs at scale: a month of hour rollups for NODES nodes (NODES x 720
 * rows, and the 30 day rows the sampler folds alongside) and TENANTS tenants' assignments, then (0) the
 * baseline: the averages from every hour row, (1) the spare election = the portal's averages query
 * (day rows for the whole days, {@link RollupSpan})
 * + SpareElection, (2) the adjustment's judging = the same averages + every tenant's nodes +
 * QuotaAdjustmentPolicy for each tenant, (3) the adjustment's writes = one proposal row per tenant
 * and a notification per change, through the portal's own ProposalBatch / NotificationBatch, in one
 * transaction (mail and the decreases' node changes are not included).
 *
 *   java -cp bench/target/benchmarks.jar io.hyperchain.bench.ElectionAtScale NODES TENANTS
 */
public final class ElectionAtScale {

    private static final String PERIOD = "2026-11";

    private ElectionAtScale() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int tenants = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Instant end = Instant.parse("2026-11-01T00:00:00Z");
        Instant start = end.minus(30, ChronoUnit.DAYS);
        try (var db = ScratchDatabase.create("hyperchain_scale")) {
            long seeding = System.nanoTime();
            seed(db, nodes, tenants, start);
            System.out.printf("seeded %,d rollup rows and %,d assignments in %.1f s%n", (long) nodes * 720, tenants,
                    (System.nanoTime() - seeding) / 1e9);

            // baseline in the same run: the same averages from every hour row (what the portal read before)
            long b0 = System.nanoTime();
            List<NodeAverage> fromHours = averages(db, HOUR_SCAN_SQL, List.of(Timestamp.from(start), Timestamp.from(end)));
            double hourScan = (System.nanoTime() - b0) / 1e9;

            long t0 = System.nanoTime();
            List<NodeAverage> averages = averages(db, start, end);
            var spare = SpareElection.elect(averages).orElseThrow();
            double election = (System.nanoTime() - t0) / 1e9;
            double worst = 0;
            for (int i = 0; i < averages.size(); i++) {
                worst = Math.max(worst, Math.abs(averages.get(i).load().combined() - fromHours.get(i).load().combined()));
            }
            if (averages.size() != fromHours.size() || worst > 1e-9) {
                throw new IllegalStateException("day rollups disagree with hour rollups by " + worst);
            }

            long t1 = System.nanoTime();
            var measured = TenantLoads.overPeriod(averages(db, start, end));
            List<ProposalBatch.Row> proposals = new ArrayList<>(tenants);
            List<NotificationBatch.Row> notices = new ArrayList<>();
            Instant at = end.plus(30, ChronoUnit.MINUTES);
            int increases = 0;
            try (var statement = db.createStatement();
                 var rows = statement.executeQuery("select tenant_id, group_concat(node_id) from assignment group by tenant_id")) {
                while (rows.next()) {
                    long tenant = rows.getLong(1);
                    List<Long> mine = Arrays.stream(rows.getString(2).split(",")).map(Long::valueOf).toList();
                    var proposal = QuotaAdjustmentPolicy.propose(mine.size(), measured.of(tenant, mine), 0.8, 0.2,
                            measured.averaging());
                    if (proposal.kind() == QuotaAdjustmentPolicy.Kind.INCREASE) {
                        increases++;
                    }
                    // what the portal writes: every proposal, a notification for each change
                    proposals.add(ProposalBatch.Row.of(tenant, PERIOD, proposal, proposal.kind() != QuotaAdjustmentPolicy.Kind.KEEP, at));
                    if (proposal.kind() != QuotaAdjustmentPolicy.Kind.KEEP) {
                        notices.add(new NotificationBatch.Row(tenant, "adjustment." + proposal.kind().name().toLowerCase(Locale.ROOT),
                                "For " + PERIOD + ": " + proposal.reason() + ".", at, false));
                    }
                }
            }
            double adjustment = (System.nanoTime() - t1) / 1e9;

            long t2 = System.nanoTime();
            db.setAutoCommit(false);   // one transaction, as in the portal's run
            int statements = ProposalBatch.write(db, proposals) + NotificationBatch.write(db, notices);
            db.commit();
            db.setAutoCommit(true);
            double writing = (System.nanoTime() - t2) / 1e9;
            System.out.printf("averages of %,d nodes over the month from hour rows (baseline): %.2f s%n", nodes, hourScan);
            System.out.printf("spare election over %,d nodes: %.2f s (spare node %d; ratio to the baseline %.3f)%n", nodes, election,
                    spare.nodeId(), election / hourScan);
            System.out.printf("adjustment judging of %,d tenants: %.2f s (%,d increases)%n", tenants, adjustment, increases);
            System.out.printf("adjustment writes: %,d proposals + %,d notifications in %,d statements: %.2f s%n",
                    proposals.size(), notices.size(), statements, writing);
        }
    }

    /** The averages query the portal ran before day rollups were read: every hour row of the period. */
    private static final String HOUR_SCAN_SQL = "select node_id, sum(cpu * samples) / sum(samples), "
            + "sum(memory * samples) / sum(samples), sum(disk * samples) / sum(samples), sum(samples) "
            + "from load_rollup where grain = 'HOUR' and bucket >= ? and bucket < ? group by node_id order by node_id";

    private static List<NodeAverage> averages(java.sql.Connection db, Instant from, Instant to) throws Exception {
        return averages(db, RollupSpan.AVERAGES_SQL.replaceAll("\\?\\d", "?").replace("group by node_id", "group by node_id order by node_id"),
                RollupSpan.of(from, to).parameters());
    }

    private static List<NodeAverage> averages(java.sql.Connection db, String sql, List<Timestamp> parameters) throws Exception {
        List<NodeAverage> averages = new ArrayList<>();
        try (var query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setTimestamp(i + 1, parameters.get(i));
            }
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    averages.add(new NodeAverage(rows.getLong(1), true,
                            new Load(rows.getDouble(2), rows.getDouble(3), rows.getDouble(4)), rows.getLong(5)));
                }
            }
        }
        return averages;
    }

    private static final int PER_STATEMENT = 2000;

    /** One rollup row per node (node i + 1 gets loads[i]) for the bucket, in multi-row inserts. */
    private static void insertRollups(java.sql.Connection db, String grain, int samples, Timestamp bucket, double[][] loads)
            throws Exception {
        List<Integer> nodes = java.util.stream.IntStream.range(0, loads.length).boxed().toList();
        MultiRowInsert.write(db, "insert into load_rollup (node_id, grain, bucket, cpu, memory, disk, samples) values ",
                "(?, ?, ?, ?, ?, ?, ?)", "", nodes, PER_STATEMENT, (insert, p, n) -> {
                    insert.setLong(p++, n + 1);
                    insert.setString(p++, grain);
                    insert.setTimestamp(p++, bucket);
                    for (double value : loads[n]) {
                        insert.setDouble(p++, value);
                    }
                    insert.setInt(p++, samples);
                    return p;
                });
    }

    private static void seed(java.sql.Connection db, int nodes, int tenants, Instant start) throws Exception {
        var random = new Random(7);
        db.setAutoCommit(false);
        try (var s = db.createStatement()) {
            s.execute("set foreign_key_checks = 0");
            s.execute("set unique_checks = 0");
        }
        double[][] day = new double[nodes][3]; // this day's hour values summed per node, for its day row
        for (int hour = 0; hour < 720; hour++) {
            double[][] loads = new double[nodes][];
            for (int n = 0; n < nodes; n++) {
                loads[n] = new double[] {random.nextDouble(), random.nextDouble(), random.nextDouble() * 0.5};
                for (int d = 0; d < 3; d++) {
                    day[n][d] += loads[n][d];
                }
            }
            insertRollups(db, "HOUR", 240, Timestamp.from(start.plus(hour, ChronoUnit.HOURS)), loads);
            if (hour % 24 == 23) { // the day's rows, as the sampler folds them: the mean of its hours, 24 x the samples
                double[][] means = new double[nodes][3];
                for (int n = 0; n < nodes; n++) {
                    for (int d = 0; d < 3; d++) {
                        means[n][d] = day[n][d] / 24;
                        day[n][d] = 0;
                    }
                }
                insertRollups(db, "DAY", 5760, Timestamp.from(start.plus(hour - 23, ChronoUnit.HOURS)), means);
            }
            db.commit();
        }
        List<long[]> assignments = new ArrayList<>(tenants); // tenant id, node id
        for (int tenant = 1; tenant <= tenants; tenant++) {
            assignments.add(new long[] {tenant, 1 + random.nextInt(nodes)});
        }
        MultiRowInsert.write(db, "insert into assignment (tenant_id, node_id, selected, assigned_at) values ",
                "(?, ?, false, now(3))", "", assignments, PER_STATEMENT, (insert, p, row) -> {
                    insert.setLong(p++, row[0]);
                    insert.setLong(p++, row[1]);
                    return p;
                });
        db.commit();
        db.setAutoCommit(true);
    }
}
