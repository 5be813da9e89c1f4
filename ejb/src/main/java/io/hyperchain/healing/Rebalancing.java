package io.hyperchain.healing;

import io.hyperchain.balance.BalanceContainer;
import io.hyperchain.balance.BalanceNode;
import io.hyperchain.balance.Capacity;
import io.hyperchain.balance.Consolidation;
import io.hyperchain.balance.Imbalance;
import io.hyperchain.balance.ImbalanceStreak;
import io.hyperchain.balance.LeaderHandoff;
import io.hyperchain.balance.Move;
import io.hyperchain.balance.OverloadedSpare;
import io.hyperchain.balance.RebalancePolicy;
import io.hyperchain.balance.Rebalancer;
import io.hyperchain.docker.DockerGateway;
import io.hyperchain.environment.WorkloadHosts;
import io.hyperchain.notify.Notifications;
import io.hyperchain.placement.Load;
import io.hyperchain.settings.PortalSettings;
import io.hyperchain.settings.SettingKey;
import io.hyperchain.shared.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rebalance job's one service (P1.8–P1.10, P1.12, P1.14): reads every node's load as placement
 * sees it and every running container, lets the pure {@link Rebalancer} decide, carries the moves
 * out as cold moves ({@link WorkloadMoves}), hands the leader role over where rebalancing cannot
 * cool a leader's node (P1.9), and applies the admin's optional policies. A node that joined is
 * idle, so the next round's moves go to it (P1.10).
 */
@ApplicationScoped
public class Rebalancing {

    /** What one round saw and did. */
    public record Outcome(double imbalanceBefore, double imbalanceAfter, int samplesAbove, int moved, int handoffs,
                          int consolidated, Long overloadedSpare, String reason, List<String> events) {
    }

    @Inject
    ClusterLoads loads;

    @Inject
    WorkloadHosts hosts;

    @Inject
    WorkloadMoves moves;

    @Inject
    BalanceStreaks streaks;

    @Inject
    PortalSettings settings;

    @Inject
    Notifications notifications;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    NodeLiveness liveness;

    @Inject
    DockerGateway docker;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    public Outcome round() {
        var values = settings.all();
        Instant now = Instant.now(clock);
        var cluster = loads.now();
        var running = hosts.running();
        List<BalanceNode> nodes = cluster.stream().map(node -> new BalanceNode(node.id(), node.load(),
                new Capacity(node.counted().facts().cpu(), node.counted().facts().memoryGiB(), node.counted().facts().diskGiB()),
                node.acceptsWork())).toList();
        double hot = values.share(SettingKey.REBALANCE_HOT_PERCENT);
        Map<String, DockerGateway.ContainerUsage> used = usageOnHotNodes(cluster, hot);
        List<BalanceContainer> containers = running.stream().map(c -> weighed(c, used.get(c.hosted().containerName()))).toList();
        double loadThreshold = values.share(SettingKey.LOAD_THRESHOLD_PERCENT);
        var policy = new RebalancePolicy(RebalancePolicy.defaults().imbalanceThreshold(),
                RebalancePolicy.defaults().sustainSamples(), RebalancePolicy.defaults().minImprovement(),
                Math.max(1, values.number(SettingKey.REBALANCE_MAX_MOVES)),
                Duration.ofMinutes(values.number(SettingKey.REBALANCE_COOL_DOWN_MINUTES)), loadThreshold);
        List<String> events = new ArrayList<>();

        double imbalance = Imbalance.of(nodes.stream().filter(BalanceNode::acceptsWork).map(BalanceNode::load).toList());
        int samples = streaks.record(ImbalanceStreak.next(streaks.current(), imbalance, policy.imbalanceThreshold()), imbalance);
        int moved = 0;
        double after = imbalance;
        String reason;
        double hottest = nodes.stream().filter(BalanceNode::acceptsWork).mapToDouble(n -> n.load().combined()).max().orElse(0);
        if (values.number(SettingKey.REBALANCE_MAX_MOVES) == 0) {
            reason = "rebalancing is off (rebalanceMaxMoves = 0)";
        } else if (hottest < hot) {
            // σ/μ of idle nodes is noise: nothing moves until some node is really busy
            reason = "no node is at " + values.number(SettingKey.REBALANCE_HOT_PERCENT) + " % (the busiest is at "
                    + Math.round(hottest * 100) + " %)";
        } else {
            var plan = Rebalancer.plan(nodes, containers, samples, now, policy);
            reason = plan.reason();
            after = plan.imbalanceAfter();
            moved = carryOut(plan.moves(), "rebalance", events);
        }
        int handoffs = handOffLeaders(cluster, running, loadThreshold, events);
        int consolidated = consolidate(values.number(SettingKey.CONSOLIDATE_BELOW_PERCENT), nodes, containers, policy, events);
        Long overloaded = values.number(SettingKey.OVERLOADED_SPARE) == 1
                ? OverloadedSpare.candidate(nodes, loadThreshold)
                        .filter(node -> cluster.stream().noneMatch(c -> c.id() == node.id() && c.snapshot().spare()))
                        .map(node -> streaks.makeSpare(node.id(), now)).orElse(null)
                : null;
        if (overloaded != null) {
            events.add("node " + overloaded + " is overloaded and is the spare now (P1.12)");
            audit.record("system", "spare.overloaded", "node " + overloaded);
        }
        return new Outcome(imbalance, after, samples, moved, handoffs, consolidated, overloaded, reason, events);
    }

    private static final double GIB = 1024.0 * 1024 * 1024;

    /**
     * A container weighs what it uses now, as its engine measured it: moving it moves that, not its
     * limits. One on a node that is not hot was not measured and does not move this round (pinned in
     * the model), but still counts where it runs.
     */
    private static BalanceContainer weighed(WorkloadHosts.Weighed c, DockerGateway.ContainerUsage usage) {
        return usage == null
                ? new BalanceContainer(c.hosted().workloadId(), c.hosted().environmentId(), c.hosted().hostNodeId(), 0, 0, 0,
                        c.kind(), true, c.leader(), c.movedAt())
                : new BalanceContainer(c.hosted().workloadId(), c.hosted().environmentId(), c.hosted().hostNodeId(),
                        usage.cores(), usage.memoryBytes() / GIB, usage.diskBytes() / GIB, c.kind(), c.pinned(), c.leader(),
                        c.movedAt());
    }

    /** What every container uses now on the nodes at or above the hot share, read from their engines at once. */
    private Map<String, DockerGateway.ContainerUsage> usageOnHotNodes(List<ClusterLoads.Loaded> cluster, double hot) {
        var hosts = liveness.watched().stream().collect(Collectors.toMap(NodeLiveness.Watched::id, NodeLiveness.Watched::host));
        var readings = cluster.stream()
                .filter(node -> node.acceptsWork() && node.load().combined() >= hot && hosts.containsKey(node.id()))
                .map(node -> java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return docker.containerUsages(hosts.get(node.id()));
                    } catch (RuntimeException e) {
                        return List.<DockerGateway.ContainerUsage>of(); // not measured: its containers stay this round
                    }
                }, executor))
                .toList();
        Map<String, DockerGateway.ContainerUsage> used = new HashMap<>();
        readings.forEach(reading -> reading.join().forEach(usage -> used.put(usage.name(), usage)));
        return used;
    }

    /** Carries out moves one after another (each a cold move); a move that fails leaves the rest to the next round. */
    private int carryOut(List<Move> planned, String why, List<String> events) {
        int moved = 0;
        for (Move move : planned) {
            var workload = hosts.find(move.workloadId());
            if (workload.isEmpty() || workload.get().hostNodeId() != move.fromNode()) {
                continue; // changed since the plan was made
            }
            try {
                var done = moves.move(workload.get(), move.toNode(), null);
                if (done.isEmpty()) {
                    continue;
                }
                moved++;
                String text = "workload " + move.workloadId() + ": node " + move.fromNode() + " -> " + move.toNode() + " ("
                        + why + ", " + done.get().files() + " file(s), " + (done.get().checksumsMatch() ? "checksums match"
                        : "CHECKSUMS DIFFER") + ")";
                events.add(text);
                audit.record("system", "workload.moved", text);
                notifications.tell(workload.get().tenantId(), "moved", "your container was moved to a quieter node",
                        "To keep the cloud balanced, your container of node " + workload.get().nodeId() + " was moved from node "
                                + move.fromNode() + " to node " + move.toNode() + ", with its files. Pin it (\"Do not move\") "
                                + "on your dashboard to keep it where it is.");
            } catch (RuntimeException e) {
                events.add("workload " + move.workloadId() + " could not move: " + e.getMessage());
            }
        }
        return moved;
    }

    /**
     * P1.9: where a leader's node is over the threshold and its containers there may not move (pinned,
     * or batch), rebalancing cannot cool it: the leader role, and the shell with it, moves to the
     * environment's least-loaded node under the threshold.
     */
    private int handOffLeaders(List<ClusterLoads.Loaded> cluster, List<WorkloadHosts.Weighed> running, double threshold,
                               List<String> events) {
        Map<Long, Load> loadByNode = cluster.stream().collect(Collectors.toMap(ClusterLoads.Loaded::id, ClusterLoads.Loaded::load));
        Map<Long, List<WorkloadHosts.Weighed>> byEnvironment = running.stream()
                .collect(Collectors.groupingBy(c -> c.hosted().environmentId()));
        int handoffs = 0;
        for (var environment : byEnvironment.values()) {
            var leader = environment.stream().filter(WorkloadHosts.Weighed::leader).findFirst();
            if (leader.isEmpty() || environment.size() < 2) {
                continue;
            }
            long leaderHost = leader.get().hosted().hostNodeId();
            boolean allPinned = running.stream().filter(c -> c.hosted().hostNodeId() == leaderHost)
                    .filter(c -> c.hosted().environmentId() == leader.get().hosted().environmentId())
                    .noneMatch(c -> c.kind() == io.hyperchain.balance.WorkloadKind.SERVICE && !c.pinned());
            Map<Long, Load> selected = new HashMap<>();
            environment.forEach(c -> selected.put(c.hosted().nodeId(), loadByNode.getOrDefault(c.hosted().hostNodeId(), Load.IDLE)));
            Optional<Long> next = LeaderHandoff.newLeader(leader.get().hosted().nodeId(), selected, allPinned, threshold);
            if (next.isPresent() && hosts.handLeader(leader.get().hosted().environmentId(), leader.get().hosted().nodeId(), next.get())) {
                handoffs++;
                String text = "environment " + leader.get().hosted().environmentId() + ": leader node "
                        + leader.get().hosted().nodeId() + " -> " + next.get();
                events.add(text);
                audit.record("system", "leader.handoff", text);
                notifications.tell(leader.get().hosted().tenantId(), "handoff", "your environment's leader moved",
                        "Node " + leader.get().hosted().nodeId() + " is busy and your containers there are pinned, so node "
                                + next.get() + " leads your environment now: your shell opens there from now on.");
            }
        }
        return handoffs;
    }

    /** P1.14, off by default: nodes used less than the setting are emptied onto others. */
    private int consolidate(int belowPercent, List<BalanceNode> nodes, List<BalanceContainer> containers,
                            RebalancePolicy policy, List<String> events) {
        if (belowPercent == 0) {
            return 0;
        }
        var plan = Consolidation.plan(nodes, containers, belowPercent / 100.0, policy);
        int moved = carryOut(plan.moves(), "consolidation", events);
        if (!plan.freedNodes().isEmpty()) {
            events.add("consolidation frees node(s) " + plan.freedNodes());
        }
        return moved;
    }
}
