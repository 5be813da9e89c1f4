package io.hyperchain.billing.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanTimelineTest {

    static PlanVersion version(long id, String name, int v, String from) {
        return new PlanVersion(id, name, v, "KRW", BigDecimal.ZERO, Instant.parse(from), Map.of());
    }

    final PlanVersion standard1 = version(1, "standard", 1, "2000-01-01T00:00:00Z");
    final PlanVersion standard2 = version(2, "standard", 2, "2026-11-10T00:00:00Z");
    final PlanVersion pro = version(3, "pro", 1, "2026-01-01T00:00:00Z");

    @Test
    void aNewVersionOfTheDefaultPlanCutsTheMonth() {
        var timeline = new PlanTimeline(List.of(new PlanTimeline.Version(standard1, true),
                new PlanTimeline.Version(standard2, false), new PlanTimeline.Version(pro, false)), List.of());
        var segments = timeline.segments(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
        assertEquals(List.of(standard1, standard2), segments.stream().map(PlanSegment::plan).toList());
        assertEquals(Instant.parse("2026-11-10T00:00:00Z"), segments.get(0).end());
    }

    @Test
    void aMoveToAnotherPlanTakesEffectFromItsInstant() {
        var timeline = new PlanTimeline(List.of(new PlanTimeline.Version(standard1, true), new PlanTimeline.Version(pro, false)),
                List.of(new PlanTimeline.Move("pro", Instant.parse("2026-11-20T00:00:00Z"))));
        var segments = timeline.segments(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
        assertEquals(List.of(standard1, pro), segments.stream().map(PlanSegment::plan).toList());
        assertEquals(Instant.parse("2026-11-20T00:00:00Z"), segments.get(1).start());
    }

    @Test
    void withoutAnyPlanThereIsNoSegment() {
        var timeline = new PlanTimeline(List.of(new PlanTimeline.Version(pro, false)), List.of());
        assertEquals(List.of(), timeline.segments(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z")));
    }

    @Test
    void tiersMustRiseAndEndOpen() {
        assertThrows(IllegalArgumentException.class, () -> new MetricPrice(null, MetricPrice.TierMode.GRADUATED, List.of(
                new PriceTier(new BigDecimal("10"), BigDecimal.ONE), new PriceTier(new BigDecimal("5"), BigDecimal.ONE),
                new PriceTier(null, BigDecimal.ONE))));
        assertThrows(IllegalArgumentException.class, () -> new MetricPrice(null, MetricPrice.TierMode.VOLUME, List.of(
                new PriceTier(new BigDecimal("10"), BigDecimal.ONE))));
        assertThrows(IllegalArgumentException.class, () -> MetricPrice.flat(new BigDecimal("-1")));
    }

    @Test
    void aMonthIsParsedStrictly() {
        var seoul = java.time.ZoneId.of("Asia/Seoul");
        assertThrows(IllegalArgumentException.class, () -> BillingMonth.parse("2026-13", seoul));
        assertThrows(IllegalArgumentException.class, () -> BillingMonth.parse("26-1", seoul));
        assertEquals(Instant.parse("2026-11-30T15:00:00Z"), BillingMonth.parse("2026-12", seoul).start());
    }
}
