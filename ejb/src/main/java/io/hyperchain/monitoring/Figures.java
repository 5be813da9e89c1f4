package io.hyperchain.monitoring;

import java.time.Duration;
import java.util.Map;

/**
 * What the portal's own metrics show, read at one moment from the database (never from an
 * engine). Counts that the database has no row for are simply absent; {@link PortalMetrics} fills
 * the known states with zero.
 *
 * @param nodes              nodes by the admin's state and the engine's health
 * @param containers         containers of running environments, by state (STARTING, RUNNING, FAILED)
 * @param containersElsewhere containers of running environments that run on another node than their own
 *                           (failed over or moved)
 * @param lastJobDurations   per job, how long its latest finished run (DONE or FAILED) took
 * @param jobRuns            finished runs by job and outcome (DONE, FAILED, SKIPPED, ABANDONED)
 * @param placements         resource requests placed (each one a placement that held)
 * @param tenants            tenants
 * @param pendingApprovals   approvals waiting for an admin
 * @param healingEvents      healing actions in the audit log, by action
 */
public record Figures(Map<NodeKind, Long> nodes, Map<String, Long> containers, long containersElsewhere,
                      Map<String, Duration> lastJobDurations, Map<JobOutcome, Long> jobRuns, long placements,
                      long tenants, long pendingApprovals, Map<String, Long> healingEvents) {

    /** A node's state (ACTIVE, DRAINING, MAINTENANCE) with its health (UP, DOWN). */
    public record NodeKind(String state, String health) {
    }

    /** A job with the outcome of a run. */
    public record JobOutcome(String job, String outcome) {
    }

    public Figures {
        nodes = Map.copyOf(nodes);
        containers = Map.copyOf(containers);
        lastJobDurations = Map.copyOf(lastJobDurations);
        jobRuns = Map.copyOf(jobRuns);
        healingEvents = Map.copyOf(healingEvents);
    }
}
