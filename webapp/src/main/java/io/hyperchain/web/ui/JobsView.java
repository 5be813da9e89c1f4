package io.hyperchain.web.ui;

import io.hyperchain.billing.BillingConfig;
import io.hyperchain.jobs.CronRule;
import io.hyperchain.jobs.JobRunner;
import io.hyperchain.jobs.JobRuns;
import io.hyperchain.jobs.PortalJob;
import io.hyperchain.jobs.PortalScheduler;
import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.DomainException;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The admin's jobs (P4.3): each scheduled job with its schedule and last runs, "Run now", and a
 * schedule editor that previews the next fire times before it saves — the same services as
 * {@code AdminJobsResource}.
 */
@Named
@ViewScoped
public class JobsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Runs shown per job, and fire times shown by a preview. */
    static final int RUNS_SHOWN = 5;
    static final int FIRES_SHOWN = 5;

    @Inject
    Caller caller;

    @Inject
    JobRuns runs;

    @Inject
    JobRunner runner;

    @Inject
    PortalScheduler scheduler;

    @Inject
    AuditLog audit;

    @Inject
    BillingConfig config;

    @Inject
    LanguageView language;

    @Inject
    Clock clock;

    @Inject
    PageMessages messages;

    private String admin;
    private transient List<JobLine> jobs;

    // the schedule being edited
    private String editing;
    private String cron;
    /** The schedule the fire times below were read from; saving needs it to be the one typed. */
    private String previewed;
    private List<String> fires = List.of();
    private String cronError;

    @PostConstruct
    void init() {
        admin = caller.require(Role.ADMIN).email();
        refresh();
    }

    public void refresh() {
        Instant now = Instant.now(clock);
        jobs = Arrays.stream(PortalJob.values()).map(job -> line(job, now)).toList();
    }

    private JobLine line(PortalJob job, Instant now) {
        String stored = runs.cron(job);
        String next = CronRule.firesAfter(stored, now)
                ? JobTimes.fireTime(CronRule.nextFires(stored, now, 1).get(0), config.zone(), locale()) : null;
        var history = runs.recent(job, RUNS_SHOWN).stream().map(run -> {
            var took = JobTimes.duration(run.startedAt(), run.finishedAt());
            return new JobLine.RunLine(JobTimes.started(run.startedAt(), config.zone()), run.trigger(), run.instance(),
                    run.outcome(), messages.text(took.key(), took.arguments()), run.detail(), cost(run.cost()),
                    JobLine.overBudget(run.cost()));
        }).toList();
        return new JobLine(job, stored, next, history);
    }

    /** What a run cost, for the reader: CPU milliseconds and, over nodes, the share of a core per node in percent. */
    private String cost(JobRuns.Cost cost) {
        if (cost == null) {
            return null;
        }
        String millis = String.format(locale(), "%.1f", cost.cpuMicros() / 1000.0);
        return cost.coreSharePerNode() == null ? messages.text("jobs.run.cost.cpuOnly", millis)
                : messages.text("jobs.run.cost.value", millis, String.format(locale(), "%.4f", cost.coreSharePerNode() * 100));
    }

    /** Opens the schedule editor of one job with its schedule as it is. */
    public void edit(String jobId) {
        var job = job(jobId);
        editing = job.id();
        cron = runs.cron(job);
        forgetPreview();
    }

    public void cancel() {
        editing = null;
        cron = null;
        forgetPreview();
    }

    /** The next fire times of the typed schedule, or why it is refused (beside the field). */
    public void preview() {
        forgetPreview();
        try {
            fires = CronRule.nextFires(cron, Instant.now(clock), FIRES_SHOWN).stream()
                    .map(fire -> JobTimes.fireTime(fire, config.zone(), locale())).toList();
            previewed = cron.strip();
        } catch (DomainException e) {
            cronError = messages.refusal(e);
        }
    }

    /** Saves the typed schedule once its preview was seen; a schedule typed since is previewed first. */
    public void save() {
        var job = job(editing);
        if (cron == null || !Objects.equals(previewed, cron.strip())) {
            preview();
            if (cronError == null) {
                messages.info("jobs.previewFirst");
            }
            return;
        }
        try {
            scheduler.changeSchedule(job, cron);
            audit.record(admin, "job.schedule", job.id() + " " + cron.strip());
            messages.info("jobs.saved", job.id(), runs.cron(job));
            cancel();
            refresh();
        } catch (DomainException e) {
            forgetPreview();
            cronError = messages.refusal(e);
        }
    }

    /** Runs the job at once, as the scheduler would, and shows what it did. */
    public void runNow(String jobId) {
        var job = job(jobId);
        var result = runner.run(job, Instant.now(clock), "admin");
        audit.record(admin, "job.run", job.id());
        if ("FAILED".equals(result.outcome())) {
            messages.error("jobs.ran.failed", job.id(), result.detail());
        } else {
            messages.info("jobs.ran", job.id(), messages.text("jobs.outcome." + result.outcome()), result.detail());
        }
        refresh();
    }

    private void forgetPreview() {
        fires = List.of();
        previewed = null;
        cronError = null;
    }

    private Locale locale() {
        return language.getLocale();
    }

    private static PortalJob job(String id) {
        return PortalJob.byId(id).orElseThrow(() -> new IllegalArgumentException("no job " + id));
    }

    public List<JobLine> getJobs() {
        if (jobs == null) {
            refresh();
        }
        return jobs;
    }

    /** The installation's zone, named in the column of start times. */
    public String getZone() {
        return config.zone().getId();
    }

    public boolean isEditing(String jobId) {
        return jobId.equals(editing);
    }

    public String getCron() {
        return cron;
    }

    public void setCron(String cron) {
        this.cron = cron;
    }

    public List<String> getFires() {
        return fires;
    }

    public String getCronError() {
        return cronError;
    }
}
