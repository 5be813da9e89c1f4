package io.hyperchain.jobs;

import jakarta.enterprise.inject.spi.CDI;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The thin trigger every schedule fires: it names its job and hands over to the JobRunner. */
@DisallowConcurrentExecution
public class QuartzJob implements Job {

    static final String JOB_KEY = "job";

    @Override
    public void execute(JobExecutionContext context) {
        var job = PortalJob.byId(context.getMergedJobDataMap().getString(JOB_KEY)).orElseThrow();
        var fire = context.getScheduledFireTime() == null ? context.getFireTime() : context.getScheduledFireTime();
        if (job != PortalJob.NODE_WATCH) {
            // not once a second: the other jobs' fires bring a changed node-watch schedule in line too
            CDI.current().select(PortalScheduler.class).get().converge();
        }
        CDI.current().select(JobRunner.class).get().run(job, fire.toInstant(), JobRunner.SCHEDULE);
    }
}
