package io.hyperchain.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.monitoring.Figures.JobOutcome;
import io.hyperchain.monitoring.Figures.NodeKind;
import io.hyperchain.monitoring.MetricFamily.Type;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortalMetricsTest {

    private static final Figures NOTHING = new Figures(Map.of(), Map.of(), 0, Map.of(), Map.of(), 0, 0, 0, Map.of());

    private static final Figures SOME = new Figures(
            Map.of(new NodeKind("ACTIVE", "UP"), 4L, new NodeKind("MAINTENANCE", "DOWN"), 1L),
            Map.of("RUNNING", 6L, "FAILED", 1L), 2,
            Map.of("load-sampling", Duration.ofMillis(1250)),
            Map.of(new JobOutcome("load-sampling", "DONE"), 90L, new JobOutcome("load-sampling", "FAILED"), 3L),
            17, 5, 2, Map.of("workload.failedOver", 3L));

    private static String text(Figures figures) {
        return PrometheusText.render(PortalMetrics.families(figures));
    }

    @Test
    void thePortalPublishesItsFamiliesInAFixedOrder() {
        assertEquals(List.of("hyperchain_nodes", "hyperchain_containers", "hyperchain_containers_elsewhere",
                        "hyperchain_job_last_duration_seconds", "hyperchain_job_runs_total", "hyperchain_placements_total",
                        "hyperchain_tenants", "hyperchain_pending_approvals", "hyperchain_healing_events_total"),
                PortalMetrics.families(NOTHING).stream().map(MetricFamily::name).toList());
    }

    @Test
    void everyNodeStateAndHealthHasASampleEvenWithoutNodes() {
        var nodes = PortalMetrics.nodes(NOTHING);
        assertEquals(6, nodes.samples().size(), "three states times two healths");
        assertTrue(nodes.samples().stream().allMatch(sample -> sample.value() == 0));
        assertTrue(text(NOTHING).contains("hyperchain_nodes{state=\"DRAINING\",health=\"DOWN\"} 0\n"));
    }

    @Test
    void nodesAreCountedByStateAndHealth() {
        var text = text(SOME);
        assertTrue(text.contains("hyperchain_nodes{state=\"ACTIVE\",health=\"UP\"} 4\n"), text);
        assertTrue(text.contains("hyperchain_nodes{state=\"MAINTENANCE\",health=\"DOWN\"} 1\n"), text);
        assertTrue(text.contains("hyperchain_nodes{state=\"ACTIVE\",health=\"DOWN\"} 0\n"), text);
    }

    @Test
    void everyContainerStateHasASampleAndTheOnesElsewhereAreCountedApart() {
        var text = text(SOME);
        assertTrue(text.contains("hyperchain_containers{state=\"STARTING\"} 0\n"), text);
        assertTrue(text.contains("hyperchain_containers{state=\"RUNNING\"} 6\n"), text);
        assertTrue(text.contains("hyperchain_containers{state=\"FAILED\"} 1\n"), text);
        assertTrue(text.contains("hyperchain_containers_elsewhere 2\n"), text);
    }

    @Test
    void aStateTheDatabaseHoldsBeyondTheKnownOnesIsShownToo() {
        var figures = new Figures(Map.of(new NodeKind("RETIRED", "UP"), 1L), Map.of(), 0, Map.of(), Map.of(), 0, 0, 0, Map.of());
        assertTrue(text(figures).contains("hyperchain_nodes{state=\"RETIRED\",health=\"UP\"} 1\n"));
    }

    @Test
    void jobDurationsAreInSecondsAndOnlyForJobsThatFinishedARun() {
        var text = text(SOME);
        assertTrue(text.contains("hyperchain_job_last_duration_seconds{job=\"load-sampling\"} 1.25\n"), text);
        assertEquals(1, PortalMetrics.jobLastDuration(SOME).samples().size());
        assertTrue(PortalMetrics.jobLastDuration(NOTHING).samples().isEmpty());
    }

    @Test
    void jobRunsAreACounterByJobAndOutcome() {
        var runs = PortalMetrics.jobRuns(SOME);
        assertEquals(Type.COUNTER, runs.type());
        var text = text(SOME);
        assertTrue(text.contains("hyperchain_job_runs_total{job=\"load-sampling\",outcome=\"DONE\"} 90\n"), text);
        assertTrue(text.contains("hyperchain_job_runs_total{job=\"load-sampling\",outcome=\"FAILED\"} 3\n"), text);
    }

    @Test
    void everyHealingActionHasASample() {
        var text = text(SOME);
        for (String action : PortalMetrics.HEALING_ACTIONS) {
            assertTrue(text.contains("hyperchain_healing_events_total{action=\"" + action + "\"} "), action);
        }
        assertTrue(text.contains("hyperchain_healing_events_total{action=\"workload.failedOver\"} 3\n"), text);
        assertTrue(text.contains("hyperchain_healing_events_total{action=\"node.down\"} 0\n"), text);
    }

    @Test
    void theSingleFiguresAreShownAsTheyAre() {
        var text = text(SOME);
        assertTrue(text.contains("# TYPE hyperchain_placements_total counter\nhyperchain_placements_total 17\n"), text);
        assertTrue(text.contains("# TYPE hyperchain_tenants gauge\nhyperchain_tenants 5\n"), text);
        assertTrue(text.contains("# TYPE hyperchain_pending_approvals gauge\nhyperchain_pending_approvals 2\n"), text);
    }
}
