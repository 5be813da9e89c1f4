package io.hyperchain.billing.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rating with answers computed by hand. */
class RaterTest {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final BillingMonth NOVEMBER = new BillingMonth(YearMonth.of(2026, 11), SEOUL);

    static PlanVersion plan(String fee, Map<Metric, MetricPrice> prices) {
        return new PlanVersion(1, "standard", 1, "KRW", new BigDecimal(fee), Instant.parse("2000-01-01T00:00:00Z"), prices);
    }

    static UsageInterval usage(String id, Metric metric, String rate, String start, String end) {
        return new UsageInterval(id, 1, metric, new BigDecimal(rate), Instant.parse(start), end == null ? null : Instant.parse(end),
                Instant.parse(start));
    }

    static List<PlanSegment> whole(PlanVersion plan, BillingMonth month) {
        return List.of(new PlanSegment(plan, month.start(), month.end()));
    }

    @Test
    void partialHoursAreCountedToTheMillisecond() {
        var plan = plan("0", Map.of(Metric.NODE_HOURS, MetricPrice.flat(new BigDecimal("500"))));
        // 1 h 30 min 36 s = 1.51 h; two nodes
        var lines = Rater.rate(NOVEMBER, whole(plan, NOVEMBER), List.of(
                usage("a", Metric.NODE_HOURS, "1", "2026-11-10T01:00:00Z", "2026-11-10T02:30:36Z"),
                usage("b", Metric.NODE_HOURS, "1", "2026-11-10T01:00:00Z", "2026-11-10T02:30:36Z")), NOVEMBER.end(), true);
        assertEquals(1, lines.size());
        assertEquals(0, new BigDecimal("3.02").compareTo(lines.get(0).quantity()));
        assertEquals(0, new BigDecimal("1510").compareTo(lines.get(0).amount()));
        assertEquals(2, lines.get(0).usageCount());
    }

    @Test
    void anIntervalAcrossMidnightOfTheFirstInSeoulIsSplitThere() {
        var plan = plan("0", Map.of(Metric.NODE_HOURS, MetricPrice.flat(new BigDecimal("100"))));
        // Seoul's 1 December 00:00 is 30 November 15:00 UTC: 14:00-17:00 UTC is 1 h in November, 2 h in December
        var interval = usage("a", Metric.NODE_HOURS, "1", "2026-11-30T14:00:00Z", "2026-11-30T17:00:00Z");
        var december = NOVEMBER.next();
        var nov = Rater.rate(NOVEMBER, whole(plan, NOVEMBER), List.of(interval), NOVEMBER.end(), false);
        var dec = Rater.rate(december, whole(plan, december), List.of(interval), december.end(), false);
        assertEquals(0, BigDecimal.ONE.compareTo(nov.get(0).quantity()));
        assertEquals(0, new BigDecimal("2").compareTo(dec.get(0).quantity()));
        assertEquals(Instant.parse("2026-11-30T15:00:00Z"), december.start());
    }

    @Test
    void anOpenIntervalIsRatedUntilAsOf() {
        var plan = plan("0", Map.of(Metric.CPU_CORE_HOURS, MetricPrice.flat(new BigDecimal("30"))));
        var lines = Rater.rate(NOVEMBER, whole(plan, NOVEMBER),
                List.of(usage("a", Metric.CPU_CORE_HOURS, "2", "2026-11-10T00:00:00Z", null)),
                Instant.parse("2026-11-10T10:00:00Z"), false);
        // 2 cores × 10 h = 20 core-hours × 30 = 600
        assertEquals(0, new BigDecimal("600").compareTo(lines.get(0).amount()));
    }

    @Test
    void aPlanChangeMidMonthSplitsFeeAndUsage() {
        var cheap = plan("30000", Map.of(Metric.NODE_HOURS, MetricPrice.flat(new BigDecimal("100"))));
        var dear = new PlanVersion(2, "pro", 1, "KRW", new BigDecimal("60000"), Instant.parse("2000-01-01T00:00:00Z"),
                Map.of(Metric.NODE_HOURS, MetricPrice.flat(new BigDecimal("200"))));
        Instant split = NOVEMBER.start().plus(java.time.Duration.ofDays(10)); // 10 of 30 days on the cheap plan
        var segments = List.of(new PlanSegment(cheap, NOVEMBER.start(), split), new PlanSegment(dear, split, NOVEMBER.end()));
        // a node running 2 h each side of the split
        var lines = Rater.rate(NOVEMBER, segments, List.of(usage("a", Metric.NODE_HOURS, "1",
                split.minusSeconds(7200).toString(), split.plusSeconds(7200).toString())), NOVEMBER.end(), true);
        var amounts = lines.stream().map(RatedLine::amount).map(BigDecimal::stripTrailingZeros).toList();
        // fee 30000 × 1/3 = 10000, 2 h × 100 = 200; fee 60000 × 2/3 = 40000, 2 h × 200 = 400
        assertEquals(List.of(new BigDecimal("1E+4"), new BigDecimal("2E+2"), new BigDecimal("4E+4"), new BigDecimal("4E+2")),
                amounts);
    }

    @Test
    void graduatedTiersPriceEachSliceInItsTier() {
        var price = new MetricPrice(null, MetricPrice.TierMode.GRADUATED, List.of(
                new PriceTier(new BigDecimal("100"), new BigDecimal("10")),
                new PriceTier(new BigDecimal("200"), new BigDecimal("8")),
                new PriceTier(null, new BigDecimal("5"))));
        // 100 × 10 + 100 × 8 + 50 × 5 = 2050
        assertEquals(0, new BigDecimal("2050").compareTo(price.amount(new BigDecimal("250"))));
        assertEquals(0, new BigDecimal("500").compareTo(price.amount(new BigDecimal("50"))));
    }

    @Test
    void volumeTiersPriceEveryUnitAtTheTierTheWholeQuantityReaches() {
        var price = new MetricPrice(null, MetricPrice.TierMode.VOLUME, List.of(
                new PriceTier(new BigDecimal("100"), new BigDecimal("10")),
                new PriceTier(null, new BigDecimal("6"))));
        assertEquals(0, new BigDecimal("1000").compareTo(price.amount(new BigDecimal("100"))));
        assertEquals(0, new BigDecimal("606").compareTo(price.amount(new BigDecimal("101"))));
    }

    @Test
    void theSpareIsItsOwnLine() {
        var plan = plan("0", Map.of(Metric.NODE_HOURS, MetricPrice.flat(new BigDecimal("500")),
                Metric.SPARE_NODE_HOURS, MetricPrice.flat(new BigDecimal("250"))));
        var lines = Rater.rate(NOVEMBER, whole(plan, NOVEMBER), List.of(
                usage("a", Metric.NODE_HOURS, "1", "2026-11-10T00:00:00Z", "2026-11-10T04:00:00Z"),
                usage("s", Metric.SPARE_NODE_HOURS, "1", "2026-11-10T00:00:00Z", "2026-11-10T04:00:00Z")), NOVEMBER.end(), false);
        assertEquals(List.of("node-hours", "spare-node-hours"), lines.stream().map(RatedLine::metric).toList());
        assertEquals(0, new BigDecimal("1000").compareTo(lines.get(1).amount()));
    }

    @Test
    void aDiskUpgradeMidMonthIsTwoIntervalsInGibMonths() {
        var plan = plan("0", Map.of(Metric.DISK_GIB_MONTHS, MetricPrice.flat(new BigDecimal("100"))));
        Instant mid = NOVEMBER.start().plus(java.time.Duration.ofDays(15)); // half of a 30-day month
        var lines = Rater.rate(NOVEMBER, whole(plan, NOVEMBER), List.of(
                usage("d1", Metric.DISK_GIB_MONTHS, "20", NOVEMBER.start().toString(), mid.toString()),
                usage("d2", Metric.DISK_GIB_MONTHS, "40", mid.toString(), null)), NOVEMBER.end(), false);
        // 20 GiB × 0.5 + 40 GiB × 0.5 = 30 GiB-months × 100 = 3000
        assertEquals(0, new BigDecimal("30").compareTo(lines.get(0).quantity()));
        assertEquals(0, new BigDecimal("3000").compareTo(lines.get(0).amount()));
        assertEquals("month", lines.get(0).unit());
    }

    @Test
    void theDocumentIsRoundedOnceAtItsTotal() {
        // three lines of 0.4 won: rounded each they would be 0; the total of 1.2 + 10 % is 1.32 -> 1 won
        var line = new RatedLine("node-hours", "2026-11", BigDecimal.ONE, "hour", new BigDecimal("0.4"), new BigDecimal("0.4"), 1, "");
        var totals = Totals.of(List.of(line, line, line), new BigDecimal("0.10"), "KRW");
        assertEquals(0, new BigDecimal("1.2").compareTo(totals.subtotal()));
        assertEquals(0, new BigDecimal("0.12").compareTo(totals.tax()));
        assertEquals(new BigDecimal("1"), totals.total());
        // and half a won rounds up
        var half = new RatedLine("node-hours", "2026-11", BigDecimal.ONE, "hour", BigDecimal.ONE, new BigDecimal("1250"), 1, "");
        assertEquals(new BigDecimal("1375"), Totals.of(List.of(half), new BigDecimal("0.10"), "KRW").total());
        var fraction = new RatedLine("node-hours", "2026-11", BigDecimal.ONE, "hour", BigDecimal.ONE, new BigDecimal("4.5"), 1, "");
        assertEquals(new BigDecimal("5"), Totals.of(List.of(fraction), BigDecimal.ZERO, "KRW").total());
    }

    @Test
    void theUsageHashDoesNotDependOnOrder() {
        assertEquals(Rater.hash(List.of("a", "b")), Rater.hash(List.of("b", "a")));
        assertTrue(!Rater.hash(List.of("a")).equals(Rater.hash(List.of("a", "b"))));
    }
}
