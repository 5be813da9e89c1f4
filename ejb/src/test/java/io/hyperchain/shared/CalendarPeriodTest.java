package io.hyperchain.shared;

import static io.hyperchain.shared.CalendarPeriod.Unit.MONTH;
import static io.hyperchain.shared.CalendarPeriod.Unit.WEEK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CalendarPeriodTest {

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void aMonthRunsFromItsFirstDayToTheNextMonthsInUtc() {
        var december = CalendarPeriod.containing(MONTH, at("2026-12-15T10:00:00Z"));
        assertEquals("2026-12", december.key());
        assertEquals(at("2026-12-01T00:00:00Z"), december.start());
        assertEquals(at("2027-01-01T00:00:00Z"), december.end());
    }

    @Test
    void theMonthIsUtcsNotSeouls() {
        // 1 December 08:00 in Seoul is still 30 November in UTC
        assertEquals("2026-11", CalendarPeriod.containing(MONTH, at("2026-11-30T23:00:00Z")).key());
    }

    @Test
    void decemberComesBeforeJanuaryAcrossTheYear() {
        var january = CalendarPeriod.containing(MONTH, at("2027-01-01T00:00:00Z"));
        assertEquals("2027-01", january.key());
        assertEquals("2026-12", january.previous().key());
        assertEquals(at("2026-12-01T00:00:00Z"), january.previous().start());
        assertEquals(january.start(), january.previous().end());
        assertEquals(january, january.previous().next());
    }

    @Test
    void aWeekIsAnIsoWeekFromMondayToMonday() {
        var week = CalendarPeriod.containing(WEEK, at("2026-12-02T12:00:00Z")); // a Wednesday
        assertEquals("2026-W49", week.key());
        assertEquals(at("2026-11-30T00:00:00Z"), week.start(), "it began on the Monday, still in November");
        assertEquals(at("2026-12-07T00:00:00Z"), week.end());
        assertEquals("2026-W48", week.previous().key());
    }

    @Test
    void week53EndsInTheNextCalendarYear() {
        // 2026 begins on a Thursday, so it has 53 ISO weeks; the last one ends on 3 January 2027
        var last = CalendarPeriod.containing(WEEK, at("2027-01-02T08:00:00Z"));
        assertEquals("2026-W53", last.key());
        assertEquals(at("2026-12-28T00:00:00Z"), last.start());
        assertEquals(at("2027-01-04T00:00:00Z"), last.end());
        assertEquals("2027-W01", CalendarPeriod.containing(WEEK, at("2027-01-04T00:00:00Z")).key());
        assertEquals("2026-W53", CalendarPeriod.parse("2027-W01").previous().key());
    }

    @Test
    void week1MayBeginInTheYearBefore() {
        var first = CalendarPeriod.containing(WEEK, at("2024-12-30T00:00:00Z"));
        assertEquals("2025-W01", first.key(), "30 December 2024 is the Monday of 2025's first week");
        assertEquals("2025-W52", CalendarPeriod.parse("2026-W01").previous().key(), "2025 has 52 weeks");
        assertEquals(at("2025-12-29T00:00:00Z"), CalendarPeriod.parse("2026-W01").start());
    }

    @Test
    void theEndBelongsToTheNextPeriod() {
        var week = CalendarPeriod.parse("2026-W49");
        assertTrue(week.contains(week.start()));
        assertTrue(week.contains(week.end().minusNanos(1)));
        assertFalse(week.contains(week.end()));
        assertTrue(week.next().contains(week.end()));
        assertFalse(week.contains(week.start().minusNanos(1)));
    }

    @Test
    void aKeyParsesBackToItsPeriod() {
        for (String key : new String[] {"2026-W49", "2026-W53", "2027-W01", "2025-W01", "2026-12", "2027-01"}) {
            assertEquals(key, CalendarPeriod.parse(key).key());
        }
        assertEquals(new CalendarPeriod(WEEK, LocalDate.of(2024, 12, 30)), CalendarPeriod.parse("2025-W01"));
        assertEquals(new CalendarPeriod(MONTH, LocalDate.of(2026, 12, 1)), CalendarPeriod.parse("2026-12"));
    }

    @Test
    void aBadKeyIsRefused() {
        for (String key : new String[] {"2025-W53", "2026-W00", "2026-W54", "2026-w01", "2026-13", "2026-00", "2026-1",
                "26-12", "2026-12-01", "2026-W1", "", " 2026-12"}) {
            assertThrows(IllegalArgumentException.class, () -> CalendarPeriod.parse(key), key);
        }
        assertThrows(IllegalArgumentException.class, () -> CalendarPeriod.parse(null));
    }

    @Test
    void aPeriodStartsOnItsUnitsFirstDay() {
        assertThrows(IllegalArgumentException.class, () -> new CalendarPeriod(WEEK, LocalDate.of(2026, 12, 1)));
        assertThrows(IllegalArgumentException.class, () -> new CalendarPeriod(MONTH, LocalDate.of(2026, 11, 30)));
    }

    @Test
    void aUnitIsNamedAsInTheSettings() {
        assertEquals("week", WEEK.id());
        assertEquals(Optional.of(MONTH), CalendarPeriod.Unit.byId("month"));
        assertTrue(CalendarPeriod.Unit.byId("MONTH").isEmpty());
        assertTrue(CalendarPeriod.Unit.byId("fortnight").isEmpty());
    }
}
