package io.hyperchain.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RollupWindowTest {

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    @Test
    void aWindowWithinTheHourIsReadFromMinuteRowsOnly() {
        var span = RollupSpan.window(at("2026-12-03T10:05:30Z"), at("2026-12-03T10:20:31Z"));
        assertEquals(at("2026-12-03T10:05:00Z"), span.fineFrom(), "the minute the window starts in counts whole");
        assertEquals(span.fineFrom(), span.coarseFrom(), "no hour rows");
        assertEquals(span.coarseFrom(), span.coarseTo(), "no hour rows");
        assertEquals(at("2026-12-03T10:20:31Z"), span.to());
        // across an hour's start without a whole hour in it
        var across = RollupSpan.window(at("2026-12-03T09:50:00Z"), at("2026-12-03T10:05:00Z"));
        assertEquals(across.fineFrom(), across.coarseTo(), "no hour rows");
    }

    @Test
    void wholeHoursAreReadFromHourRowsAndTheEndsFromMinuteRows() {
        var span = RollupSpan.window(at("2026-12-02T10:20:00Z"), at("2026-12-03T10:20:00Z"));
        assertEquals(at("2026-12-02T10:20:00Z"), span.fineFrom());
        assertEquals(at("2026-12-02T11:00:00Z"), span.coarseFrom());
        assertEquals(at("2026-12-03T10:00:00Z"), span.coarseTo());
        assertEquals(at("2026-12-03T10:20:00Z"), span.to());
        assertEquals(6, span.parameters().size());
    }

    @Test
    void aWindowStartingOnTheHourReadsThatHourFromItsRow() {
        var span = RollupSpan.window(at("2026-12-03T08:00:00Z"), at("2026-12-03T10:15:00Z"));
        assertEquals(at("2026-12-03T08:00:00Z"), span.coarseFrom());
        assertEquals(span.fineFrom(), span.coarseFrom(), "no minute rows before the first hour");
        assertEquals(at("2026-12-03T10:00:00Z"), span.coarseTo());
    }
}
