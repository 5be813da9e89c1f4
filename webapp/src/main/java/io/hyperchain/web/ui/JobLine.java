package io.hyperchain.web.ui;

import io.hyperchain.jobs.JobRuns;
import io.hyperchain.jobs.PortalJob;
import io.hyperchain.metering.SamplingCost;
import java.util.List;

/**
 * One job as the jobs page shows it: its schedule, its next fire, and its last runs with their times
 * already written for the reader. JavaBean getters because Jakarta EL 5 does not read record components.
 */
public final class JobLine {

    /**
     * One run of the job's history, its start, duration and cost written for the reader ({@code cost}
     * null where the job does not measure it, P3.2).
     */
    public record RunLine(String started, String trigger, String instance, String outcome, String duration, String detail,
                          String cost, boolean overBudget) {

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

        public String getCost() {
            return cost;
        }

        public boolean isOverBudget() {
            return overBudget;
        }
    }

    /** P3.2: whether a run cost more than the sampler's budget of a core per node. */
    static boolean overBudget(JobRuns.Cost cost) {
        return cost != null && cost.coreSharePerNode() != null && cost.coreSharePerNode() >= SamplingCost.BUDGET;
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

    /** Whether its runs say what they cost (the load sampler's, P3.2): the page shows the column then. */
    public boolean isMeasuresCost() {
        return job == PortalJob.LOAD_SAMPLING;
    }

    public boolean isAsksBeforeRunning() {
        return asksBeforeRunning(job);
    }

    public List<RunLine> getRuns() {
        return runs;
    }
}
