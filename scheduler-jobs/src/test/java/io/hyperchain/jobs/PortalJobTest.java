package io.hyperchain.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quartz.CronExpression;

class PortalJobTest {

    @Test
    void aMonthlyJobHasOnePeriodPerMonthWhoeverTriggersIt() {
        var first = PortalJob.SPARE_ELECTION.periodKey(Instant.parse("2026-11-01T00:00:00Z"), "schedule");
        var later = PortalJob.SPARE_ELECTION.periodKey(Instant.parse("2026-11-22T07:00:00Z"), "admin");
        assertEquals("2026-11", first);
        assertEquals(first, later, "an admin's run in the same month is the same run");
        assertEquals("2026-12", PortalJob.QUOTA_ADJUSTMENT.periodKey(Instant.parse("2026-12-01T00:30:00Z"), "schedule"));
    }

    @Test
    void otherJobsRunOncePerFire() {
        var fire = Instant.parse("2026-11-22T07:00:15Z");
        assertEquals(PortalJob.LOAD_SAMPLING.periodKey(fire, "schedule"), PortalJob.LOAD_SAMPLING.periodKey(fire, "schedule"));
        assertNotEquals(PortalJob.LOAD_SAMPLING.periodKey(fire, "schedule"),
                PortalJob.LOAD_SAMPLING.periodKey(fire.plusSeconds(15), "schedule"));
        assertNotEquals(PortalJob.LOAD_SAMPLING.periodKey(fire, "schedule"), PortalJob.LOAD_SAMPLING.periodKey(fire, "admin"));
    }

    @Test
    void everyDefaultScheduleIsAValidCron() {
        for (PortalJob job : PortalJob.values()) {
            assertTrue(CronExpression.isValidExpression(job.defaultCron()), job.id());
            assertEquals(job, PortalJob.byId(job.id()).orElseThrow());
        }
        assertTrue(PortalJob.byId("no-such-job").isEmpty());
    }
}
