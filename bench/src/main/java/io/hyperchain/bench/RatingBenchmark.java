package io.hyperchain.bench;

import io.hyperchain.billing.rating.BillingMonth;
import io.hyperchain.billing.rating.Metric;
import io.hyperchain.billing.rating.MetricPrice;
import io.hyperchain.billing.rating.PlanTimeline;
import io.hyperchain.billing.rating.PlanVersion;
import io.hyperchain.billing.rating.PriceTier;
import io.hyperchain.billing.rating.Rater;
import io.hyperchain.billing.rating.TenantMonth;
import io.hyperchain.billing.rating.UsageInterval;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rating core alone: one tenant's month of 100 seeded usage intervals under a plan with flat
 * prices and graduated CPU tiers, with a plan change mid-month (TenantMonth), against the baseline
 * of summing the same intervals' quantities (rate x milliseconds) in a plain loop. See docs/benchmarks.md.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Thread)
public class RatingBenchmark {

    private final BillingMonth month = new BillingMonth(YearMonth.of(2026, 11), ZoneId.of("Asia/Seoul"));
    private final TenantMonth.Life life = new TenantMonth.Life(Instant.parse("2026-01-01T00:00:00Z"), null);
    private PlanTimeline timeline;
    private List<UsageInterval> usage;

    @Setup
    public void seed() {
        var prices = Map.of(Metric.NODE_HOURS, MetricPrice.flat(new BigDecimal("500")),
                Metric.CPU_CORE_HOURS, new MetricPrice(null, MetricPrice.TierMode.GRADUATED, List.of(
                        new PriceTier(new BigDecimal("100"), new BigDecimal("30")), new PriceTier(null, new BigDecimal("20")))),
                Metric.MEMORY_GIB_HOURS, MetricPrice.flat(new BigDecimal("10")));
        var standard = new PlanVersion(1, "standard", 1, "KRW", new BigDecimal("10000"), Instant.parse("2000-01-01T00:00:00Z"), prices);
        var newer = new PlanVersion(2, "standard", 2, "KRW", new BigDecimal("12000"), Instant.parse("2026-11-15T00:00:00Z"), prices);
        timeline = new PlanTimeline(List.of(new PlanTimeline.Version(standard, true), new PlanTimeline.Version(newer, false)),
                List.of());
        var random = new Random(20_261_205L);
        usage = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Instant start = month.start().plusSeconds(random.nextInt(29 * 86_400));
            usage.add(new UsageInterval("u" + i, 1, Metric.values()[i % 3], BigDecimal.valueOf(1 + random.nextInt(4)), start,
                    start.plusSeconds(600 + random.nextInt(36_000)), start));
        }
    }

    @Benchmark
    public int rateTenantMonth() {
        return TenantMonth.rate(month, life, timeline, usage, List.of(), month.end()).lines().size();
    }

    /** The baseline: the same intervals' rate x duration summed, with nothing priced. */
    @Benchmark
    public BigDecimal sumQuantities() {
        BigDecimal sum = BigDecimal.ZERO;
        for (UsageInterval u : usage) {
            sum = sum.add(u.rate().multiply(BigDecimal.valueOf(java.time.Duration.between(u.start(), u.end()).toMillis())));
        }
        return sum;
    }

    /** Only the hash that traces a line to its usage. */
    @Benchmark
    public String usageHash() {
        return Rater.hash(usage.stream().map(UsageInterval::id).toList());
    }
}
