package io.hyperchain.jobs;

import static io.hyperchain.shared.CalendarPeriod.Unit.MONTH;
import static io.hyperchain.shared.CalendarPeriod.Unit.WEEK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.shared.CalendarPeriod;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RunPeriodTest {

    private static final Supplier<CalendarPeriod.Unit> MONTHLY_SPARE = () -> MONTH;
    private static final Supplier<CalendarPeriod.Unit> WEEKLY_SPARE = () -> WEEK;
    private static final Supplier<CalendarPeriod.Unit> NOT_ASKED = () -> {
        throw new AssertionError("this job does not follow the spare period");
    };

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void aMonthlyJobHasOnePeriodPerMonthWhoeverTriggersIt() {
        var first = RunPeriod.of(PortalJob.SPARE_ELECTION, at("2026-11-01T00:00:00Z"), "schedule", MONTHLY_SPARE);
        var later = RunPeriod.of(PortalJob.SPARE_ELECTION, at("2026-11-22T07:00:00Z"), "admin", MONTHLY_SPARE);
        assertEquals("2026-11", first.key());
        assertEquals(first.key(), later.key(), "an admin's run in the same month is the same run");
        assertEquals("2026-12",
                RunPeriod.of(PortalJob.QUOTA_ADJUSTMENT, at("2026-12-01T00:30:00Z"), "schedule", NOT_ASKED).key());
    }

    @Test
    void aRunJudgesTheWholeCalendarMonthBeforeTheOneItServes() {
        // fired late on 22 December: still December's run, judging all of November (not "the last 30 days")
        var run = RunPeriod.of(PortalJob.QUOTA_ADJUSTMENT, at("2026-12-22T07:00:00Z"), "admin", NOT_ASKED);
        assertEquals("2026-12", run.served().orElseThrow().key());
        assertEquals(at("2026-11-01T00:00:00Z"), run.judged().start());
        assertEquals(at("2026-12-01T00:00:00Z"), run.judged().end());
    }

    @Test
    void januarysRunJudgesDecemberOfTheYearBefore() {
        var run = RunPeriod.of(PortalJob.SPARE_ELECTION, at("2027-01-01T00:00:00Z"), "schedule", MONTHLY_SPARE);
        assertEquals("2027-01", run.key());
        assertEquals("2026-12", run.judged().key());
        assertEquals(at("2026-12-01T00:00:00Z"), run.judged().start());
        assertEquals(at("2027-01-01T00:00:00Z"), run.judged().end());
    }

    @Test
    void aWeeklySpareIsKeyedByIsoWeekAndJudgesTheWeekBefore() {
        var monday = RunPeriod.of(PortalJob.SPARE_ELECTION, at("2026-12-07T00:00:00Z"), "schedule", WEEKLY_SPARE);
        var sunday = RunPeriod.of(PortalJob.SPARE_ELECTION, at("2026-12-13T23:59:59Z"), "admin", WEEKLY_SPARE);
        assertEquals("2026-W50", monday.key());
        assertEquals(monday.key(), sunday.key(), "one election per week, however often the job fires");
        assertEquals(at("2026-11-30T00:00:00Z"), monday.judged().start());
        assertEquals(at("2026-12-07T00:00:00Z"), monday.judged().end());
    }

    @Test
    void theFirstWeekOfAYearJudgesWeek53OfTheYearBefore() {
        var run = RunPeriod.of(PortalJob.SPARE_ELECTION, at("2027-01-04T00:00:00Z"), "schedule", WEEKLY_SPARE);
        assertEquals("2027-W01", run.key());
        assertEquals("2026-W53", run.judged().key());
        assertEquals(at("2026-12-28T00:00:00Z"), run.judged().start());
    }

    @Test
    void theQuotaAdjustmentIsMonthlyWhateverTheSparePeriod() {
        var run = RunPeriod.of(PortalJob.QUOTA_ADJUSTMENT, at("2026-12-07T00:30:00Z"), "schedule", WEEKLY_SPARE);
        assertEquals("2026-12", run.key());
    }

    @Test
    void otherJobsRunOncePerFireAndReadNoSetting() {
        var fire = at("2026-11-22T07:00:15Z");
        var run = RunPeriod.of(PortalJob.LOAD_SAMPLING, fire, "schedule", NOT_ASKED);
        assertEquals(run.key(), RunPeriod.of(PortalJob.LOAD_SAMPLING, fire, "schedule", NOT_ASKED).key());
        assertNotEquals(run.key(), RunPeriod.of(PortalJob.LOAD_SAMPLING, fire.plusSeconds(15), "schedule", NOT_ASKED).key());
        assertNotEquals(run.key(), RunPeriod.of(PortalJob.LOAD_SAMPLING, fire, "admin", NOT_ASKED).key());
        assertTrue(run.served().isEmpty());
        assertThrows(IllegalStateException.class, run::judged);
    }
}
