package io.hyperchain.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DiskReadingTest {

    @Test
    void aStatusLineIsRead() {
        var reading = DiskReading.parse("t3-n7 261807 244921 1 145984 523720 377696 594970 594990").orElseThrow();
        assertEquals("t3-n7", reading.name());
        assertTrue(reading.redirected());
        assertEquals(93, reading.usedPercent());
        assertEquals(20L, reading.reactionMillis().orElseThrow());
        assertEquals(377696, reading.subFreeKiB());
    }

    @Test
    void notYetRedirectedHasNoReactionTime() {
        var reading = DiskReading.parse("t3-n7 1000 10 0 0 0 0 0 0").orElseThrow();
        assertFalse(reading.redirected());
        assertTrue(reading.reactionMillis().isEmpty());
    }

    @Test
    void linesItDoesNotUnderstandAreSkipped() {
        assertTrue(DiskReading.parse("").isEmpty());
        assertTrue(DiskReading.parse("t1-n1 12 x 0 0 0 0 0 0").isEmpty());
        assertTrue(DiskReading.parse("error: something").isEmpty());
    }

    @Test
    void aSubDiskIsLowUnderATenthFree() {
        assertTrue(SubDiskWarning.low(DiskReading.parse("c 1 1 1 1 1000 99 0 0").orElseThrow()));
        assertFalse(SubDiskWarning.low(DiskReading.parse("c 1 1 1 1 1000 100 0 0").orElseThrow()));
        assertFalse(SubDiskWarning.low(DiskReading.parse("c 1 1 0 0 0 0 0 0").orElseThrow()), "no sub disk, no warning");
    }
}
