package io.hyperchain.healing;

import io.hyperchain.cluster.NodeHealth;
import io.hyperchain.docker.DockerGateway;
import io.hyperchain.environment.EnvironmentReconciler;
import io.hyperchain.environment.WorkloadHosts;
import io.hyperchain.notify.Notifications;
import io.hyperchain.settings.PortalSettings;
import io.hyperchain.settings.SettingKey;
import io.hyperchain.shared.AuditLog;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The node-watch job's one service (P1.11): pings every engine at once, keeps each node's
 * liveness, fails a DOWN node's containers over, fences a node that answers again, and sends
 * failed-over containers home. Every pass starts from the database, so a pass on another portal
 * instance carries on where this one stopped; starts and moves run in the background so that a
 * slow one never delays the next second's pings.
 */
@ApplicationScoped
public class NodeWatch {

    private static final Logger LOG = Logger.getLogger(NodeWatch.class.getName());

    /** What one pass saw and did. */
    public record Outcome(int nodes, int down, int wentDown, int failingOver, int fenced, int cameBack, int goingHome,
                          boolean splitHeld, List<String> events) {

        public boolean acted() {
            return wentDown + failingOver + fenced + cameBack + goingHome > 0;
        }
    }

    @Inject
    NodeLiveness liveness;

    @Inject
    DockerGateway docker;

    @Inject
    Failover failover;

    @Inject
    WorkloadMoves moves;

    @Inject
    WorkloadHosts hosts;

    @Inject
    EnvironmentReconciler reconciler;

    @Inject
    PortalSettings settings;

    @Inject
    AuditLog audit;

    @Resource
    ManagedExecutorService executor;

    /** Workloads this instance is starting or moving now: a pass does not hand them out twice. */
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

    public Outcome watch() {
        var values = settings.all();
        int missLimit = values.number(SettingKey.NODE_MISSED_PINGS);
        var nodes = liveness.watched();
        Map<NodeLiveness.Watched, CompletableFuture<Boolean>> pings = new LinkedHashMap<>();
        nodes.forEach(node -> pings.put(node, CompletableFuture.supplyAsync(() -> docker.answers(node.host()), executor)));
        List<String> events = new ArrayList<>();
        List<NodeLiveness.Watched> down = new ArrayList<>();
        int wentDown = 0;
        int fenced = 0;
        int cameBack = 0;
        boolean recovered = false;
        for (var entry : pings.entrySet()) {
            var node = entry.getKey();
            boolean answered = entry.getValue().join();
            var next = node.liveness().after(answered, missLimit);
            var change = node.liveness().changeTo(next, answered);
            if (!next.equals(node.liveness()) && !liveness.record(node.id(), node.liveness(), next)) {
                continue; // another pass wrote this node first: it acts on it
            }
            if (answered && node.liveness().health() == NodeHealth.UP && node.liveness().missedPings() > 0) {
                docker.reconnect(node.host()); // back after a blink: its pooled connections may have died
                recovered = true;
            }
            switch (change) {
                case WENT_DOWN -> {
                    wentDown++;
                    events.add("node " + node.name() + " is down (" + missLimit + " pings missed)");
                    audit.record("system", "node.down", "node " + node.id() + " (" + node.name() + ")");
                    down.add(node);
                }
                case ANSWERS_AGAIN -> {
                    docker.reconnect(node.host());
                    try {
                        // fencing: every container there the database no longer expects in its epoch goes
                        // (the reconciler's own stale rule) before the node is UP again
                        int removed = reconciler.removeStale(node.id(), node.host());
                        fenced += removed;
                        liveness.record(node.id(), next, Liveness.HEALTHY);
                        cameBack++;
                        events.add("node " + node.name() + " answers again: " + removed + " stale container(s) removed");
                        audit.record("system", "node.fenced", "node " + node.id() + " (" + node.name() + "): "
                                + removed + " stale container(s) removed");
                    } catch (RuntimeException e) {
                        down.add(node); // not fenced yet: stays DOWN, the next pass tries again
                    }
                }
                case NONE -> {
                    if (next.health() == NodeHealth.DOWN) {
                        down.add(node);
                    }
                }
            }
        }
        boolean mayFailOver = SplitGuard.mayFailOver(down.size(), nodes.size());
        int failingOver = 0;
        if (mayFailOver) {
            for (var node : down) {
                failingOver += failOver(node, events);
            }
        } else if (wentDown > 0) {
            events.add(down.size() + " of " + nodes.size() + " nodes are down at once: no failover (this looks like a "
                    + "network split); containers wait for their nodes");
            audit.record("system", "failover.held", down.size() + " of " + nodes.size() + " nodes down");
        }
        int goingHome = "return".equals(values.text(SettingKey.FAILBACK)) ? sendHome(events) : 0;
        if (recovered || cameBack > 0) {
            // an engine back after a blink, or a fenced one: what should run there is started now, not in a minute
            CompletableFuture.runAsync(reconciler::reconcile, executor);
        }
        var outcome = new Outcome(nodes.size(), down.size(), wentDown, failingOver, fenced, cameBack, goingHome,
                !mayFailOver, events);
        if (outcome.acted()) {
            LOG.info(() -> "node watch: " + outcome);
        }
        return outcome;
    }

    /** Decides where the DOWN node's containers go now and starts them in the background. */
    private int failOver(NodeLiveness.Watched node, List<String> events) {
        int started = 0;
        var decisions = failover.decide(node);
        var stale = decisions.stream().filter(decided -> decided.ensure().isPresent())
                .map(decided -> decided.workload().containerName()).toList();
        if (!stale.isEmpty()) {
            // a frozen engine's containers still run: the order waits at the engine and is the first thing it does
            CompletableFuture.runAsync(() -> docker.killWhenItAnswers(node.host(), stale), executor);
        }
        for (var decided : decisions) {
            if (decided.ensure().isEmpty()) {
                continue;
            }
            long workloadId = decided.workload().workloadId();
            if (!inFlight.add(workloadId)) {
                continue;
            }
            started++;
            events.add("workload " + workloadId + " of node " + node.name() + " -> node " + decided.ensure().get().node().name());
            CompletableFuture.runAsync(() -> failover.carryOut(decided), executor)
                    .whenComplete((done, error) -> inFlight.remove(workloadId));
        }
        return started;
    }

    /** Containers failed over from a node that is UP again go home, their new files with them. */
    private int sendHome(List<String> events) {
        int sent = 0;
        for (var workload : hosts.failedOverFromUpNodes()) {
            if (!inFlight.add(workload.workloadId())) {
                continue;
            }
            sent++;
            events.add("workload " + workload.workloadId() + " goes home to node " + workload.nodeId());
            CompletableFuture.runAsync(() -> moves.move(workload, workload.nodeId(), workload.failedOverAt())
                            .ifPresent(moved -> audit.record("system", "workload.returned", "workload " + moved.workloadId()
                                    + ": node " + moved.from() + " -> " + moved.to() + ", " + moved.files() + " file(s) merged, "
                                    + (moved.checksumsMatch() ? "checksums match" : "CHECKSUMS DIFFER"))), executor)
                    .whenComplete((done, error) -> {
                        inFlight.remove(workload.workloadId());
                        if (error != null) {
                            LOG.warning(() -> "workload " + workload.workloadId() + " could not go home: " + error);
                        }
                    });
        }
        return sent;
    }
}
