package io.hyperchain.web.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JobTimesTest {

    private static final Instant FIRE = Instant.parse("2027-03-15T10:00:10Z");
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Test
    void aFireTimeIsWrittenInTheInstallationsZoneWithUtcBeside() {
        assertEquals("Mon 2027-03-15 19:00:10 KST · 10:00:10 UTC", JobTimes.fireTime(FIRE, SEOUL, Locale.ENGLISH));
    }

    @Test
    void aFireTimeNamesItsDayInTheReadersLanguage() {
        assertEquals("월 2027-03-15 19:00:10 KST · 10:00:10 UTC", JobTimes.fireTime(FIRE, SEOUL, Locale.KOREAN));
    }

    @Test
    void aFireTimeInAUtcInstallationIsNotWrittenTwice() {
        assertEquals("Mon 2027-03-15 10:00:10 UTC", JobTimes.fireTime(FIRE, ZoneOffset.UTC, Locale.ENGLISH));
        assertEquals("Mon 2027-03-15 10:00:10 UTC", JobTimes.fireTime(FIRE, ZoneId.of("UTC"), Locale.ENGLISH));
    }

    @Test
    void theNextFireCanFallOnAnotherDayInTheInstallationsZone() {
        assertEquals("Tue 2027-03-16 08:59:00 KST · 23:59:00 UTC",
                JobTimes.fireTime(Instant.parse("2027-03-15T23:59:00Z"), SEOUL, Locale.ENGLISH));
    }

    @Test
    void aRunsStartIsWrittenInTheInstallationsZone() {
        assertEquals("2027-03-15 19:00:10", JobTimes.started(FIRE, SEOUL));
    }

    @Test
    void aRunWithoutAnEndIsStillRunning() {
        assertEquals("jobs.run.running", JobTimes.duration(FIRE, null).key());
    }

    @Test
    void aRunUnderASecondTookMilliseconds() {
        var took = JobTimes.duration(FIRE, FIRE.plusMillis(850));
        assertEquals("jobs.duration.millis", took.key());
        assertArrayEquals(new Object[] {850L}, took.arguments());
    }

    @Test
    void aRunUnderAMinuteTookSecondsToATenth() {
        var took = JobTimes.duration(FIRE, FIRE.plusMillis(12_345));
        assertEquals("jobs.duration.seconds", took.key());
        assertArrayEquals(new Object[] {new BigDecimal("12.3")}, took.arguments());
    }

    @Test
    void aLongRunTookMinutesAndSeconds() {
        var took = JobTimes.duration(FIRE, FIRE.plusSeconds(125));
        assertEquals("jobs.duration.minutes", took.key());
        assertArrayEquals(new Object[] {2L, 5L}, took.arguments());
    }

    @Test
    void aClockThatWentBackTookNoTime() {
        var took = JobTimes.duration(FIRE, FIRE.minusMillis(5));
        assertArrayEquals(new Object[] {0L}, took.arguments());
    }
}
