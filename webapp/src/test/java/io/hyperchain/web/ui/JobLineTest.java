package io.hyperchain.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hyperchain.jobs.PortalJob;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JobLineTest {

    @Test
    void runNowAsksFirstForTheMonthlyAndPeriodJobsAndTheBillingClose() {
        var asking = Arrays.stream(PortalJob.values()).filter(JobLine::asksBeforeRunning).map(PortalJob::id)
                .collect(Collectors.toSet());
        assertEquals(Set.of("spare-election", "quota-adjustment", "billing-close"), asking);
    }

    @Test
    void aScheduleIsTheDefaultOnlyWhenItIsTheJobsOwn() {
        assertEquals(true, new JobLine(PortalJob.DISK_WATCH, "5/15 * * * * ?", null, java.util.List.of()).isScheduleDefault());
        assertEquals(false, new JobLine(PortalJob.DISK_WATCH, "10/15 * * * * ?", null, java.util.List.of()).isScheduleDefault());
    }

    @Test
    void aRunIsOverBudgetFromATenthOfAPercentOfACorePerNode() {
        assertEquals(false, JobLine.overBudget(null), "a job that does not measure its cost");
        assertEquals(false, JobLine.overBudget(new io.hyperchain.jobs.JobRuns.Cost(13_500, null)), "no interval to judge over");
        assertEquals(false, JobLine.overBudget(new io.hyperchain.jobs.JobRuns.Cost(13_500, 0.00015)));
        assertEquals(true, JobLine.overBudget(new io.hyperchain.jobs.JobRuns.Cost(90_000, 0.001)));
    }

    @Test
    void onlyTheSamplersRunsSayWhatTheyCost() {
        var measuring = Arrays.stream(PortalJob.values()).filter(job -> new JobLine(job, job.defaultCron(), null,
                java.util.List.of()).isMeasuresCost()).toList();
        assertEquals(java.util.List.of(PortalJob.LOAD_SAMPLING), measuring);
    }
}
