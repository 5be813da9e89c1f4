package io.hyperchain.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WindowSpanTest {

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    @Test
    void aWindowWithinTheHourIsReadFromMinuteRowsOnly() {
        var span = WindowSpan.of(at("2026-12-03T10:05:30Z"), at("2026-12-03T10:20:31Z"));
        assertEquals(at("2026-12-03T10:05:00Z"), span.minutesFrom(), "the minute the window starts in counts whole");
        assertEquals(span.minutesFrom(), span.hoursFrom(), "no hour rows");
        assertEquals(span.hoursFrom(), span.hoursTo(), "no hour rows");
        assertEquals(at("2026-12-03T10:20:31Z"), span.to());
        // across an hour's start without a whole hour in it
        var across = WindowSpan.of(at("2026-12-03T09:50:00Z"), at("2026-12-03T10:05:00Z"));
        assertEquals(across.minutesFrom(), across.hoursTo(), "no hour rows");
    }

    @Test
    void wholeHoursAreReadFromHourRowsAndTheEndsFromMinuteRows() {
        var span = WindowSpan.of(at("2026-12-02T10:20:00Z"), at("2026-12-03T10:20:00Z"));
        assertEquals(at("2026-12-02T10:20:00Z"), span.minutesFrom());
        assertEquals(at("2026-12-02T11:00:00Z"), span.hoursFrom());
        assertEquals(at("2026-12-03T10:00:00Z"), span.hoursTo());
        assertEquals(at("2026-12-03T10:20:00Z"), span.to());
        assertEquals(6, span.parameters().size());
    }

    @Test
    void aWindowStartingOnTheHourReadsThatHourFromItsRow() {
        var span = WindowSpan.of(at("2026-12-03T08:00:00Z"), at("2026-12-03T10:15:00Z"));
        assertEquals(at("2026-12-03T08:00:00Z"), span.hoursFrom());
        assertEquals(span.minutesFrom(), span.hoursFrom(), "no minute rows before the first hour");
        assertEquals(at("2026-12-03T10:00:00Z"), span.hoursTo());
    }
}
