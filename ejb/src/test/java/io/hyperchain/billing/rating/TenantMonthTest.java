package io.hyperchain.billing.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantMonthTest {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final BillingMonth NOVEMBER = new BillingMonth(YearMonth.of(2026, 11), SEOUL);
    final PlanVersion plan = new PlanVersion(1, "standard", 1, "KRW", new BigDecimal("30000"), Instant.parse("2000-01-01T00:00:00Z"),
            Map.of(Metric.NODE_HOURS, MetricPrice.flat(new BigDecimal("500"))));
    final PlanTimeline timeline = new PlanTimeline(List.of(new PlanTimeline.Version(plan, true)), List.of());

    static UsageInterval usage(String id, String start, String end, String recorded) {
        return new UsageInterval(id, 1, Metric.NODE_HOURS, BigDecimal.ONE, Instant.parse(start), Instant.parse(end),
                Instant.parse(recorded));
    }

    @Test
    void theFeeCountsOnlyFromSignUpAndUntilTheAccountCloses() {
        // signed up on the 11th (Seoul), closed on the 21st: 10 of 30 days of a 30,000 fee
        var life = new TenantMonth.Life(Instant.parse("2026-11-10T15:00:00Z"), Instant.parse("2026-11-20T15:00:00Z"));
        var rated = TenantMonth.rate(NOVEMBER, life, timeline, List.of(), List.of(), NOVEMBER.end());
        assertEquals(0, new BigDecimal("10000").compareTo(rated.lines().get(0).amount()));
        assertEquals("KRW", rated.currency());
    }

    @Test
    void lateUsageOfAnEarlierMonthIsAnAdjustmentLineNamingThatMonth() {
        var life = new TenantMonth.Life(Instant.parse("2026-01-01T00:00:00Z"), null);
        var december = NOVEMBER.next();
        var late = usage("late", "2026-11-10T00:00:00Z", "2026-11-10T03:00:00Z", "2026-12-10T00:00:00Z");
        var rated = TenantMonth.rate(december, life, timeline, List.of(), List.of(late), december.end());
        var adjustment = rated.lines().stream().filter(l -> l.period().equals("2026-11")).toList();
        assertEquals(1, adjustment.size(), "one line, and no second monthly fee for November");
        assertEquals("node-hours", adjustment.get(0).metric());
        assertEquals(0, new BigDecimal("1500").compareTo(adjustment.get(0).amount()));
    }

    @Test
    void theMonthSoFarDayByDayAddsUpToTheMonth() {
        var life = new TenantMonth.Life(Instant.parse("2026-01-01T00:00:00Z"), null);
        // 2 h across midnight of the 3rd (Seoul): 1 h on the 2nd, 1 h on the 3rd
        var used = usage("a", "2026-11-02T14:00:00Z", "2026-11-02T16:00:00Z", "2026-11-02T16:00:00Z");
        Instant asOf = Instant.parse("2026-11-04T03:00:00Z"); // noon of the 4th in Seoul
        var days = TenantMonth.byDay(NOVEMBER, life, timeline, List.of(used), asOf);
        assertEquals(4, days.size());
        assertEquals(0, new BigDecimal("1500").compareTo(days.get(1).amount()), "fee 1,000 a day + 1 h on the 2nd");
        assertEquals(0, new BigDecimal("1500").compareTo(days.get(2).amount()));
        assertEquals(0, new BigDecimal("500").compareTo(days.get(3).amount()), "half a day's fee so far on the 4th");
        var whole = TenantMonth.rate(NOVEMBER, life, timeline, List.of(used), List.of(), asOf).lines().stream()
                .map(RatedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, whole.compareTo(days.stream().map(TenantMonth.Day::amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }
}
