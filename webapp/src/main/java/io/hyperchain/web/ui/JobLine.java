package io.hyperchain.web.ui;

import io.hyperchain.jobs.PortalJob;
import java.util.List;

/**
 * One job as the jobs page shows it: its schedule, its next fire, and its last runs with their times
 * already written for the reader. JavaBean getters because Jakarta EL 5 does not read record components.
 */
public final class JobLine {

    /** One run of the job's history, its start and duration written for the reader. */
    public record RunLine(String started, String trigger, String instance, String outcome, String duration, String detail) {

        public String getStarted() {
            return started;
        }

        public String getTrigger() {
            return trigger;
        }

        public String getInstance() {
            return instance;
        }

        public String getOutcome() {
            return outcome;
        }

        public String getDuration() {
            return duration;
        }

        public String getDetail() {
            return detail;
        }
    }

    private final PortalJob job;
    private final String cron;
    private final String nextFire;
    private final List<RunLine> runs;

    JobLine(PortalJob job, String cron, String nextFire, List<RunLine> runs) {
        this.job = job;
        this.cron = cron;
        this.nextFire = nextFire;
        this.runs = List.copyOf(runs);
    }

    /** Whether "Run now" asks first: a job whose work is once a month or period, or that closes the month's billing. */
    static boolean asksBeforeRunning(PortalJob job) {
        return job.cadence() != PortalJob.Cadence.EVERY_FIRE || job == PortalJob.BILLING_CLOSE;
    }

    public String getId() {
        return job.id();
    }

    public String getCron() {
        return cron;
    }

    public boolean isScheduleDefault() {
        return job.defaultCron().equals(cron);
    }

    public String getDefaultCron() {
        return job.defaultCron();
    }

    public String getCadence() {
        return job.cadence().name();
    }

    /** The next fire of the stored schedule, or null when it never fires again (the default runs instead). */
    public String getNextFire() {
        return nextFire;
    }

    public boolean isAsksBeforeRunning() {
        return asksBeforeRunning(job);
    }

    public List<RunLine> getRuns() {
        return runs;
    }
}
