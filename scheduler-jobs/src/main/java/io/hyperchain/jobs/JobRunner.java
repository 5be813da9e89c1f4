package io.hyperchain.jobs;

import io.hyperchain.environment.EnvironmentReconciler;
import io.hyperchain.metering.LoadSampler;
import io.hyperchain.metering.SamplingCost;
import io.hyperchain.settings.PortalSettings;
import io.hyperchain.spare.SpareService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs one job for one fire, scheduled or asked for by an admin: records the run (once per
 * period, {@link RunPeriod}), calls the one service the job stands for, records what it decided.
 */
@ApplicationScoped
public class JobRunner {

    /** What a run did: DONE, SKIPPED (its period already ran) or FAILED, and its figures. */
    public record Result(PortalJob job, String periodKey, String outcome, String detail, Map<String, Object> figures) {
    }

    @Inject
    JobRuns runs;

    @Inject
    EnvironmentReconciler reconciler;

    @Inject
    io.hyperchain.task.TaskWatch taskWatch;

    @Inject
    LoadSampler sampler;

    @Inject
    SpareService spares;

    @Inject
    io.hyperchain.adjust.Adjustments adjustments;

    @Inject
    io.hyperchain.storage.Disks disks;

    @Inject
    io.hyperchain.billing.BillingClose billingClose;

    @Inject
    PortalSettings settings;

    @Inject
    io.hyperchain.healing.NodeWatch nodeWatch;

    @Inject
    io.hyperchain.healing.Rebalancing rebalancing;

    /** The trigger of Quartz's fires; an admin's runs say "admin". */
    static final String SCHEDULE = "schedule";

    public Result run(PortalJob job, Instant fireTime, String trigger) {
        if (job == PortalJob.NODE_WATCH && SCHEDULE.equals(trigger)) {
            return quietWatch(fireTime);
        }
        var runPeriod = RunPeriod.of(job, fireTime, trigger, () -> settings.all().sparePeriod());
        String period = runPeriod.key();
        var runId = runs.start(job, period, trigger, PortalScheduler.INSTANCE_ID);
        if (runId.isEmpty()) {
            // kept: an admin's click, and a second instance taking the same fire; not kept: the daily
            // fires of a monthly election, which would push the period's one real run out of the history
            if (!SCHEDULE.equals(trigger) || runPeriod.served().isEmpty()) {
                runs.recordSkipped(job, period, trigger, PortalScheduler.INSTANCE_ID);
            }
            return new Result(job, period, "SKIPPED", "period " + period + " already ran", Map.of());
        }
        try {
            Map<String, Object> figures = new LinkedHashMap<>();
            JobRuns.Cost cost = null; // what the run cost, where the job measures it
            String detail = switch (job) {
                case NODE_WATCH -> {
                    var outcome = nodeWatch.watch();
                    figures.putAll(figuresOf(outcome));
                    yield detailOf(outcome);
                }
                case REBALANCE -> {
                    var outcome = rebalancing.round();
                    figures.put("imbalanceBefore", outcome.imbalanceBefore());
                    figures.put("imbalanceAfter", outcome.imbalanceAfter());
                    figures.put("samplesAbove", outcome.samplesAbove());
                    figures.put("moved", outcome.moved());
                    figures.put("handoffs", outcome.handoffs());
                    figures.put("consolidated", outcome.consolidated());
                    if (outcome.overloadedSpare() != null) {
                        figures.put("overloadedSpare", outcome.overloadedSpare());
                    }
                    figures.put("reason", outcome.reason());
                    String said = String.format(java.util.Locale.ROOT, "imbalance %.3f -> %.3f; %s", outcome.imbalanceBefore(),
                            outcome.imbalanceAfter(), outcome.events().isEmpty() ? outcome.reason() : String.join("; ", outcome.events()));
                    yield said.length() > 1000 ? said.substring(0, 997) + "..." : said;
                }
                case NODE_HEALTH -> {
                    var outcome = reconciler.reconcile();
                    figures.put("checked", outcome.checked());
                    figures.put("restarted", outcome.restarted());
                    figures.put("failed", outcome.failed());
                    figures.put("orphansRemoved", outcome.orphansRemoved());
                    figures.put("nodesUnreachable", outcome.nodesUnreachable());
                    // after the reconciler: a container it replaced has lost its tasks
                    var tasks = taskWatch.pass();
                    figures.put("lostServiceTasks", tasks.lostServices());
                    figures.put("tasksRestarted", tasks.restarted());
                    figures.put("hcRelays", tasks.relays());
                    yield outcome + "; tasks: " + tasks.restarted() + " of " + tasks.lostServices() + " lost services restarted";
                }
                case LOAD_SAMPLING -> {
                    var outcome = sampler.sample();
                    var share = samplingCost(outcome, fireTime).map(SamplingCost::shareOfCorePerNode);
                    cost = new JobRuns.Cost(outcome.cpu().toNanos() / 1_000, share.orElse(null));
                    figures.put("nodes", outcome.nodes());
                    figures.put("missing", outcome.missing());
                    figures.put("containers", outcome.containers());
                    figures.put("wallMillis", outcome.wallMillis());
                    figures.put("cpuMillis", outcome.cpuMillis());
                    share.ifPresent(value -> figures.put("coreSharePerNode", value));
                    yield samplingDetail(outcome, share);
                }
                case SPARE_ELECTION -> {
                    var judged = runPeriod.judged();
                    var election = spares.elect(period, judged.start(), judged.end());
                    if (election.isEmpty()) { // a first period has no history: judged on what it measured so far
                        judged = runPeriod.served().orElseThrow();
                        election = spares.elect(period, judged.start(), fireTime);
                    }
                    String loadPeriod = judged.key();
                    figures.put("loadPeriod", loadPeriod);
                    election.ifPresent(e -> {
                        figures.put("spareNodeId", e.nodeId());
                        figures.put("spareNodeName", e.nodeName());
                        figures.put("averageLoad", e.averageLoad());
                    });
                    yield election.map(e -> "spare " + e.nodeName() + " (average load "
                            + String.format(java.util.Locale.ROOT, "%.3f", e.averageLoad()) + " in " + loadPeriod + ")")
                            .orElse("no node has samples in " + loadPeriod + ": no spare");
                }
                case DISK_WATCH -> {
                    var outcome = disks.watch();
                    figures.put("nodes", outcome.nodes());
                    figures.put("allotments", outcome.allotments());
                    figures.put("redirected", outcome.redirected());
                    figures.put("subDisksLow", outcome.subDisksLow());
                    figures.put("nodesFailed", outcome.nodesFailed());
                    yield outcome.toString();
                }
                case BILLING_CLOSE -> {
                    var outcome = billingClose.run();
                    figures.put("drafted", outcome.drafted());
                    figures.put("finalized", outcome.finalized());
                    figures.put("inGrace", outcome.stillDraft());
                    yield outcome.toString();
                }
                case QUOTA_ADJUSTMENT -> {
                    var judged = runPeriod.judged();
                    var outcome = adjustments.run(period, judged.start(), judged.end());
                    figures.put("loadPeriod", judged.key());
                    figures.put("tenants", outcome.tenants());
                    figures.put("increases", outcome.increases());
                    figures.put("decreases", outcome.decreases());
                    figures.put("kept", outcome.kept());
                    yield outcome.toString();
                }
            };
            runs.finish(runId.get(), job, "DONE", detail, cost);
            return new Result(job, period, "DONE", detail, figures);
        } catch (RuntimeException e) {
            runs.finish(runId.get(), job, "FAILED", e.toString());
            return new Result(job, period, "FAILED", e.toString(), Map.of());
        }
    }

    /** P3.2: the pass's cost over the interval it stands for (the schedule's gap at its fire); empty without one. */
    private java.util.Optional<SamplingCost> samplingCost(LoadSampler.Outcome outcome, Instant fireTime) {
        return CronRule.interval(runs.cron(PortalJob.LOAD_SAMPLING), fireTime)
                .map(interval -> new SamplingCost(outcome.cpu(), interval, outcome.nodes()));
    }

    private static String samplingDetail(LoadSampler.Outcome outcome, java.util.Optional<Double> share) {
        return String.format(java.util.Locale.ROOT, "%d nodes (%d missing), %d containers; %d ms, CPU %.1f ms%s",
                outcome.nodes(), outcome.missing(), outcome.containers(), outcome.wallMillis(), outcome.cpu().toNanos() / 1e6,
                share.map(value -> String.format(java.util.Locale.ROOT, " = %.4f %% of a core per node", value * 100))
                        .orElse(""));
    }

    /**
     * A scheduled node watch, once a second: its run is written to the history only when it did
     * something (a node went down, containers failed over, a node was fenced or came back), so a
     * healthy cluster writes nothing.
     */
    private Result quietWatch(Instant fireTime) {
        String period = RunPeriod.of(PortalJob.NODE_WATCH, fireTime, SCHEDULE, () -> settings.all().sparePeriod()).key();
        var outcome = nodeWatch.watch();
        if (!outcome.acted()) {
            return new Result(PortalJob.NODE_WATCH, period, "DONE", detailOf(outcome), figuresOf(outcome));
        }
        runs.start(PortalJob.NODE_WATCH, period, SCHEDULE, PortalScheduler.INSTANCE_ID)
                .ifPresent(runId -> runs.finish(runId, PortalJob.NODE_WATCH, "DONE", detailOf(outcome)));
        return new Result(PortalJob.NODE_WATCH, period, "DONE", detailOf(outcome), figuresOf(outcome));
    }

    private static Map<String, Object> figuresOf(io.hyperchain.healing.NodeWatch.Outcome outcome) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("nodes", outcome.nodes());
        figures.put("down", outcome.down());
        figures.put("wentDown", outcome.wentDown());
        figures.put("failingOver", outcome.failingOver());
        figures.put("fenced", outcome.fenced());
        figures.put("cameBack", outcome.cameBack());
        figures.put("goingHome", outcome.goingHome());
        figures.put("splitHeld", outcome.splitHeld());
        return figures;
    }

    private static String detailOf(io.hyperchain.healing.NodeWatch.Outcome outcome) {
        String detail = outcome.events().isEmpty() ? outcome.down() + " of " + outcome.nodes() + " nodes down"
                : String.join("; ", outcome.events());
        return detail.length() > 1000 ? detail.substring(0, 997) + "..." : detail;
    }
}
