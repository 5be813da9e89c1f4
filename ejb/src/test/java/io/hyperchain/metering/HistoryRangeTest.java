package io.hyperchain.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.shared.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HistoryRangeTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:17:42Z");

    @Test
    void eachRangeReadsOneGrainOverItsSpan() {
        assertEquals(Grain.MINUTE, HistoryRange.ofWord("hour").grain());
        assertEquals(Instant.parse("2026-12-03T09:17:42Z"), HistoryRange.HOUR.since(NOW));
        assertEquals(Grain.HOUR, HistoryRange.ofWord("day").grain());
        assertEquals(Instant.parse("2026-12-02T10:17:42Z"), HistoryRange.DAY.since(NOW));
        assertEquals(Grain.DAY, HistoryRange.ofWord("month").grain());
        assertEquals(Instant.parse("2026-11-02T10:17:42Z"), HistoryRange.MONTH.since(NOW), "31 days");
    }

    @Test
    void noWordIsTheLastHour() {
        assertEquals(HistoryRange.HOUR, HistoryRange.ofWord(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "week", "HOUR", "Day", " hour", "minute", "1"})
    void anyOtherWordIsA400ListingTheRanges(String word) {
        var refused = assertThrows(DomainException.class, () -> HistoryRange.ofWord(word));
        assertEquals("grain.unknown", refused.code());
        assertEquals("grain", refused.field());
        assertEquals("grain is one of hour, day, month.", refused.getMessage());
    }

    @Test
    void aPageChoosesByNameAndFallsBackToTheLastHour() {
        assertEquals(HistoryRange.MONTH, HistoryRange.byName("MONTH"));
        assertEquals(HistoryRange.HOUR, HistoryRange.byName("YEAR"));
        assertEquals(HistoryRange.HOUR, HistoryRange.byName(null));
    }

    @Test
    void aGrainsBucketIsTheMomentTruncated() {
        assertEquals(Instant.parse("2026-12-03T10:17:00Z"), Grain.MINUTE.bucketOf(NOW));
        assertEquals(Instant.parse("2026-12-03T10:00:00Z"), Grain.HOUR.bucketOf(NOW));
        assertEquals(Instant.parse("2026-12-03T00:00:00Z"), Grain.DAY.bucketOf(NOW));
    }
}
