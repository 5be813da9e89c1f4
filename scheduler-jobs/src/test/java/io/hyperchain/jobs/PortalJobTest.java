package io.hyperchain.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.quartz.CronExpression;

class PortalJobTest {

    @Test
    void everyDefaultScheduleIsAValidCron() {
        for (PortalJob job : PortalJob.values()) {
            assertTrue(CronExpression.isValidExpression(job.defaultCron()), job.id());
            assertEquals(job, PortalJob.byId(job.id()).orElseThrow());
        }
        assertTrue(PortalJob.byId("no-such-job").isEmpty());
    }

    @Test
    void theSpareElectionFiresDailySoAWeeklySpareIsElectedOnItsMonday() {
        assertEquals("0 0 0 * * ?", PortalJob.SPARE_ELECTION.defaultCron());
        assertEquals(PortalJob.Cadence.SPARE_PERIOD, PortalJob.SPARE_ELECTION.cadence());
    }

    @Test
    void theQuotaAdjustmentStaysMonthly() {
        assertEquals("0 30 0 1 * ?", PortalJob.QUOTA_ADJUSTMENT.defaultCron());
        assertEquals(PortalJob.Cadence.MONTHLY, PortalJob.QUOTA_ADJUSTMENT.cadence());
    }
}
