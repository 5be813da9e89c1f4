package io.hyperchain.monitoring;

import io.hyperchain.cluster.NodeHealth;
import io.hyperchain.cluster.NodeState;
import io.hyperchain.environment.WorkloadState;
import io.hyperchain.monitoring.MetricFamily.Sample;
import io.hyperchain.monitoring.MetricFamily.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The portal's metric families, made from {@link Figures}: names, help texts, labels. Every known
 * state gets a sample, zero when nothing is in it, so a dashboard sees "0 nodes DOWN" rather than
 * no series at all; a value the database holds beyond the known ones is shown too.
 */
public final class PortalMetrics {

    /** What healing did, as the audit log names it (sql/V22 indexes audit_entry by action). */
    public static final List<String> HEALING_ACTIONS = List.of("node.down", "workload.failedOver", "workload.returned",
            "workload.moved", "leader.handoff");

    private PortalMetrics() {
    }

    public static List<MetricFamily> families(Figures figures) {
        return List.of(nodes(figures), containers(figures), containersElsewhere(figures), jobLastDuration(figures),
                jobRuns(figures), placements(figures), tenants(figures), pendingApprovals(figures), healingEvents(figures));
    }

    // every state with every health, zero where no node is
    static MetricFamily nodes(Figures figures) {
        Map<Figures.NodeKind, Long> counts = new LinkedHashMap<>();
        for (NodeState state : NodeState.values()) {
            for (NodeHealth health : NodeHealth.values()) {
                counts.put(new Figures.NodeKind(state.name(), health.name()), 0L);
            }
        }
        counts.putAll(figures.nodes());
        return new MetricFamily("hyperchain_nodes", "Registered nodes by the admin's state and the engine's health.",
                Type.GAUGE, List.of("state", "health"), counts.entrySet().stream()
                .map(e -> new Sample(List.of(e.getKey().state(), e.getKey().health()), e.getValue())).toList());
    }

    // every container state, zero where no container is
    static MetricFamily containers(Figures figures) {
        return byOneLabel("hyperchain_containers", "Containers of running environments by state.", Type.GAUGE, "state",
                names(WorkloadState.values(), WorkloadState::name), figures.containers());
    }

    static MetricFamily containersElsewhere(Figures figures) {
        return MetricFamily.single("hyperchain_containers_elsewhere",
                "Containers of running environments running on another node than their own (failed over or moved).",
                Type.GAUGE, figures.containersElsewhere());
    }

    // only jobs that finished a run: a job that never ran has no duration, and no zero stands in for it
    static MetricFamily jobLastDuration(Figures figures) {
        return new MetricFamily("hyperchain_job_last_duration_seconds",
                "How long the latest finished run (DONE or FAILED) of each scheduled job took, in seconds.",
                Type.GAUGE, List.of("job"), figures.lastJobDurations().entrySet().stream()
                .map(e -> new Sample(List.of(e.getKey()), e.getValue().toNanos() / 1e9)).toList());
    }

    static MetricFamily jobRuns(Figures figures) {
        return new MetricFamily("hyperchain_job_runs_total",
                "Finished runs of each scheduled job by outcome (DONE, FAILED, SKIPPED, ABANDONED), from the job history.",
                Type.COUNTER, List.of("job", "outcome"), figures.jobRuns().entrySet().stream()
                .map(e -> new Sample(List.of(e.getKey().job(), e.getKey().outcome()), e.getValue())).toList());
    }

    static MetricFamily placements(Figures figures) {
        return MetricFamily.single("hyperchain_placements_total",
                "Tenants' resource requests that were placed (refusals are not recorded, so not counted).",
                Type.COUNTER, figures.placements());
    }

    static MetricFamily tenants(Figures figures) {
        return MetricFamily.single("hyperchain_tenants", "Tenants.", Type.GAUGE, figures.tenants());
    }

    static MetricFamily pendingApprovals(Figures figures) {
        return MetricFamily.single("hyperchain_pending_approvals", "Approvals waiting for an admin's decision.",
                Type.GAUGE, figures.pendingApprovals());
    }

    // every healing action, zero where the audit log has none
    static MetricFamily healingEvents(Figures figures) {
        return byOneLabel("hyperchain_healing_events_total",
                "Healing and balancing events in the audit log by action.", Type.COUNTER, "action", HEALING_ACTIONS,
                figures.healingEvents());
    }

    private static MetricFamily byOneLabel(String name, String help, Type type, String label, List<String> known,
                                           Map<String, Long> counts) {
        Map<String, Long> all = new LinkedHashMap<>();
        known.forEach(value -> all.put(value, 0L));
        all.putAll(counts);
        List<Sample> samples = new ArrayList<>();
        all.forEach((value, count) -> samples.add(new Sample(List.of(value), count)));
        return new MetricFamily(name, help, type, List.of(label), samples);
    }

    private static <E> List<String> names(E[] values, Function<E, String> name) {
        return Arrays.stream(values).map(name).toList();
    }
}
