package io.hyperchain.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RollupSpanTest {

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    @Test
    void aMonthIsReadFromDayRowsOnly() {
        var span = RollupSpan.of(at("2026-11-01T00:00:00Z"), at("2026-12-01T00:00:00Z"));
        assertEquals(at("2026-11-01T00:00:00Z"), span.coarseFrom());
        assertEquals(at("2026-12-01T00:00:00Z"), span.coarseTo());
        // the hour parts are empty ranges
        assertEquals(span.fineFrom(), span.coarseFrom());
        assertEquals(span.coarseTo(), span.to());
    }

    @Test
    void partialDaysAtBothEndsAreReadFromHourRows() {
        var span = RollupSpan.of(at("2026-11-01T05:30:00Z"), at("2026-11-04T07:00:00Z"));
        assertEquals(at("2026-11-01T05:00:00Z"), span.fineFrom(), "the hour the period starts in counts whole, as before");
        assertEquals(at("2026-11-02T00:00:00Z"), span.coarseFrom());
        assertEquals(at("2026-11-04T00:00:00Z"), span.coarseTo());
        assertEquals(at("2026-11-04T07:00:00Z"), span.to());
    }

    @Test
    void lessThanAWholeDayIsReadFromHourRowsOnly() {
        var span = RollupSpan.of(at("2026-11-30T20:10:00Z"), at("2026-11-30T21:10:01Z"));
        assertEquals(at("2026-11-30T20:00:00Z"), span.fineFrom());
        assertEquals(span.coarseFrom(), span.coarseTo(), "no day rows");
        assertEquals(at("2026-11-30T21:10:01Z"), span.to());
        // a span across midnight without a whole day in it
        var night = RollupSpan.of(at("2026-11-30T20:00:00Z"), at("2026-12-01T06:00:00Z"));
        assertEquals(night.coarseFrom(), night.coarseTo());
        assertEquals(at("2026-11-30T20:00:00Z"), night.fineFrom());
        assertEquals(at("2026-12-01T06:00:00Z"), night.to());
    }

    @Test
    void theParametersFollowTheQuerysOrder() {
        var span = RollupSpan.of(at("2026-11-01T05:30:00Z"), at("2026-11-04T07:00:00Z"));
        var p = span.parameters();
        assertEquals(6, p.size());
        assertEquals(at("2026-11-02T00:00:00Z"), p.get(0).toInstant());
        assertEquals(at("2026-11-04T00:00:00Z"), p.get(1).toInstant());
        assertEquals(at("2026-11-01T05:00:00Z"), p.get(2).toInstant());
        assertEquals(at("2026-11-02T00:00:00Z"), p.get(3).toInstant());
        assertEquals(at("2026-11-04T00:00:00Z"), p.get(4).toInstant());
        assertEquals(at("2026-11-04T07:00:00Z"), p.get(5).toInstant());
    }
}
