package io.hyperchain.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.shared.DomainException;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronRuleTest {

    private static final Instant NOW = Instant.parse("2027-03-15T10:00:00Z");

    private static void assertRefused(String cron, String code) {
        var e = assertThrows(DomainException.class, () -> CronRule.check(cron, NOW));
        assertEquals(code, e.code());
        assertEquals("cron", e.field());
    }

    @Test
    void aValidScheduleIsStoredTrimmed() {
        assertEquals("0 0 0 1 * ?", CronRule.check("  0 0 0 1 * ?\n", NOW));
    }

    @Test
    void everyDefaultScheduleFiresAgain() {
        for (PortalJob job : PortalJob.values()) {
            assertEquals(job.defaultCron(), CronRule.check(job.defaultCron(), NOW), job.id());
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "every day", "0 0 0 1 *", "* * * * * * * *", "0 0 0 31 2 ? x", "\u0000"})
    void somethingThatIsNoCronIsInvalid(String cron) {
        assertRefused(cron, "cron.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 0 0 1 1 ? 2001", "0 0 0 1 1 ? 2026", "0 0 10 15 3 ? 2027"})
    void aScheduleThatNeverFiresAgainIsRefusedBeforeItIsStored(String cron) {
        // Quartz would refuse its trigger, and every later start of the scheduler with it
        assertRefused(cron, "cron.neverFires");
        assertFalse(CronRule.firesAfter(cron, NOW));
    }

    @Test
    void theNextFireIsReadInUtc() {
        assertTrue(CronRule.firesAfter("0 0 11 15 3 ? 2027", NOW), "11:00 UTC is an hour away");
        assertEquals("0 0 11 15 3 ? 2027", CronRule.check("0 0 11 15 3 ? 2027", NOW));
    }

    @Test
    void aValidScheduleTooLongForItsColumnIsRefused() {
        String days = IntStream.rangeClosed(1, 28).mapToObj(Integer::toString).collect(Collectors.joining(","));
        String years = IntStream.rangeClosed(2030, 2045).mapToObj(Integer::toString).collect(Collectors.joining(","));
        String cron = "0 0 0 " + days + " 1,2,3,4,5,6,7,8,9,10,11,12 ? " + years;
        assertTrue(cron.length() > CronRule.MAX_LENGTH && CronRule.firesAfter(cron, NOW), cron);
        assertRefused(cron, "cron.tooLong");
        assertRefused("0 ".repeat(40_000), "cron.tooLong");
    }

    @Test
    void firesAfterIsFalseForAnythingInvalid() {
        assertFalse(CronRule.firesAfter("every day", NOW));
        assertFalse(CronRule.firesAfter(null, NOW));
    }

    @Test
    void thePreviewListsTheNextFiresInUtc() {
        assertEquals(java.util.List.of(Instant.parse("2027-03-15T10:00:10Z"), Instant.parse("2027-03-15T10:00:25Z"),
                        Instant.parse("2027-03-15T10:00:40Z"), Instant.parse("2027-03-15T10:00:55Z"),
                        Instant.parse("2027-03-15T10:01:10Z")),
                CronRule.nextFires(" 10/15 * * * * ? ", NOW, 5));
    }

    @Test
    void thePreviewOfAScheduleThatStopsSoonerListsWhatIsLeft() {
        assertEquals(java.util.List.of(Instant.parse("2027-03-15T11:00:00Z")), CronRule.nextFires("0 0 11 15 3 ? 2027", NOW, 5));
    }

    @Test
    void thePreviewRefusesWhatCheckRefuses() {
        var invalid = assertThrows(DomainException.class, () -> CronRule.nextFires("every day", NOW, 5));
        assertEquals("cron.invalid", invalid.code());
        var never = assertThrows(DomainException.class, () -> CronRule.nextFires("0 0 0 1 1 ? 2001", NOW, 5));
        assertEquals("cron.neverFires", never.code());
    }

    @Test
    void theSamplersIntervalIsTheTimeFromItsFireToTheNext() {
        assertEquals(java.util.Optional.of(java.time.Duration.ofSeconds(15)),
                CronRule.interval(PortalJob.LOAD_SAMPLING.defaultCron(), NOW));
        assertEquals(java.util.Optional.of(java.time.Duration.ofSeconds(15)),
                CronRule.interval(PortalJob.LOAD_SAMPLING.defaultCron(), NOW.plusSeconds(7)), "from any moment, not only a fire");
        // an uneven schedule: the run of 10:00:00 stands for 10 s, the run of 10:00:10 for 50 s
        assertEquals(java.util.Optional.of(java.time.Duration.ofSeconds(10)), CronRule.interval("0,10 * * * * ?", NOW));
        assertEquals(java.util.Optional.of(java.time.Duration.ofSeconds(50)),
                CronRule.interval("0,10 * * * * ?", NOW.plusSeconds(10)));
    }

    @Test
    void aScheduleThatDoesNotFireTwiceMoreHasNoInterval() {
        assertEquals(java.util.Optional.empty(), CronRule.interval("0 0 12 15 3 ? 2027", NOW), "fires once more");
        assertEquals(java.util.Optional.empty(), CronRule.interval("0 0 10 15 3 ? 2027", NOW), "its last fire is now");
        assertEquals(java.util.Optional.empty(), CronRule.interval("0 0 0 1 1 ? 2001", NOW), "never again");
        assertEquals(java.util.Optional.empty(), CronRule.interval("not a cron", NOW));
    }
}
