package io.hyperchain.bench;

import io.hyperchain.billing.UsageRows;
import io.hyperchain.billing.rating.BillingMonth;
import io.hyperchain.billing.rating.Metric;
import io.hyperchain.billing.rating.MetricPrice;
import io.hyperchain.billing.rating.PlanTimeline;
import io.hyperchain.billing.rating.PlanVersion;
import io.hyperchain.billing.rating.TenantMonth;
import io.hyperchain.billing.rating.UsageInterval;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rating a month of TENANTS x PER_TENANT usage intervals the portal's way — the intervals of 500
 * tenants at a time through {@link UsageRows} (the statement the close runs), each tenant rated by
 * {@link TenantMonth} — against the baseline of one SQL SUM ... GROUP BY over the same rows, in the
 * same run (BillingSeed).
 *
 *   java -cp bench/target/benchmarks.jar io.hyperchain.bench.RatingAtScale TENANTS PER_TENANT
 */
public final class RatingAtScale {

    private RatingAtScale() {
    }

    public static void main(String[] args) throws Exception {
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perTenant = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        try (var db = ScratchDatabase.create("hyperchain_rating")) {
            BillingSeed.seed(db, tenants, perTenant);
            try (var s = db.createStatement()) {
                s.execute("set time_zone = '+00:00'");
            }
            for (int round = 1; round <= 2; round++) {
                long b0 = System.nanoTime();
                long groups = BillingSeed.sumInSql(db);
                double baseline = (System.nanoTime() - b0) / 1e9;

                long t0 = System.nanoTime();
                long[] lines = rate(db, tenants);
                double rating = (System.nanoTime() - t0) / 1e9;
                System.out.printf("round %d: SQL sum %.1f s (%,d groups) | portal rating %.1f s (%,d intervals, %,d lines) "
                        + "| ratio %.2f%n", round, baseline, groups, rating, lines[0], lines[1], rating / baseline);
            }
        }
    }

    private static long[] rate(java.sql.Connection db, int tenants) throws Exception {
        var zone = ZoneId.of("Asia/Seoul");
        var month = new BillingMonth(YearMonth.parse(BillingSeed.MONTH), zone);
        var plan = new PlanVersion(1, "standard", 1, "KRW", new BigDecimal("10000"), Instant.parse("2000-01-01T00:00:00Z"),
                Map.of(Metric.NODE_HOURS, MetricPrice.flat(new BigDecimal("500")),
                        Metric.CPU_CORE_HOURS, MetricPrice.flat(new BigDecimal("30")),
                        Metric.MEMORY_GIB_HOURS, MetricPrice.flat(new BigDecimal("10"))));
        var timeline = new PlanTimeline(List.of(new PlanTimeline.Version(plan, true)), List.of());
        var life = new TenantMonth.Life(Instant.parse("2026-10-01T00:00:00Z"), null);
        long intervals = 0;
        long lines = 0;
        for (int from = 1; from <= tenants; from += 500) {
            List<Long> ids = new ArrayList<>();
            for (long t = from; t < from + 500 && t <= tenants; t++) {
                ids.add(t);
            }
            var usage = UsageRows.touching(db, ids, month.start(), month.end(), Instant.EPOCH.plusSeconds(1),
                    Instant.parse("2999-01-01T00:00:00Z")).stream().collect(Collectors.groupingBy(UsageInterval::tenantId));
            for (long t : ids) {
                var own = usage.getOrDefault(t, List.of());
                intervals += own.size();
                lines += TenantMonth.rate(month, life, timeline, own, List.of(), month.end()).lines().size();
            }
        }
        return new long[] {intervals, lines};
    }
}
