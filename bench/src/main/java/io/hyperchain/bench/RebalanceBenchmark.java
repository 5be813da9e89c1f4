package io.hyperchain.bench;

import io.hyperchain.balance.BalanceContainer;
import io.hyperchain.balance.BalanceNode;
import io.hyperchain.balance.GreedyRebalance;
import io.hyperchain.balance.RebalancePlan;
import io.hyperchain.balance.RebalancePolicy;
import io.hyperchain.balance.Rebalancer;
import io.hyperchain.placement.Load;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One P1.8 rebalancing round over 1,000 nodes carrying about 20,000 containers (seeded
 * {@link BalanceCloud}: heavy-tailed sizes, one tenant in ten hot, ten steady hot spots), imbalance
 * above the threshold and sustained: {@link Rebalancer#plan} with its defaults (two moves), and the
 * {@link GreedyRebalance} baseline on the same snapshot. The snapshot is built once; each call plans
 * from it afresh, its own working copy included. See docs/benchmarks.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class RebalanceBenchmark {

    static final long SEED = 20_261_205L;
    static final int NODES = 1_000;
    static final int CONTAINERS_PER_NODE = 20;
    static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    private final RebalancePolicy policy = RebalancePolicy.defaults();
    private List<BalanceNode> nodes;
    private List<BalanceContainer> containers;

    @Setup
    public void buildCloud() {
        Random random = new Random(SEED);
        BalanceCloud cloud = new BalanceCloud(NODES, CONTAINERS_PER_NODE, RebalanceSimulation.SPARES,
                RebalanceSimulation.HOT_SPOTS, random);
        double[][] load = new double[NODES][3];
        containers = new ArrayList<>(cloud.size());
        for (int c = 0; c < cloud.size(); c++) {
            int env = (int) (cloud.environment.get(c) - 1);
            double hot = cloud.bursty.get(env) ? RebalanceSimulation.HOT_CPU : 1;
            var container = new BalanceContainer(c + 1, env + 1, cloud.host.get(c) + 1, cloud.cpu.get(c) * hot,
                    cloud.memory.get(c), cloud.disk.get(c), cloud.kind.get(c), cloud.pinned.get(c), false, null);
            containers.add(container);
            Load share = container.shareOf(cloud.capacity[cloud.host.get(c)]);
            double[] l = load[cloud.host.get(c)];
            l[0] += share.cpu();
            l[1] += share.memory();
            l[2] += share.disk();
        }
        nodes = new ArrayList<>(NODES);
        for (int i = 0; i < NODES; i++) {
            double[] l = load[i];
            nodes.add(new BalanceNode(i + 1, new Load(l[0] + BalanceCloud.OVERHEAD, l[1] + BalanceCloud.OVERHEAD,
                    l[2] + BalanceCloud.OVERHEAD), cloud.capacity[i], cloud.accepts[i]));
        }
        RebalancePlan plan = rebalancer();
        if (plan.moves().size() != policy.maxMovesPerRound() || greedy().moves().isEmpty()) {
            throw new IllegalStateException("the round should move: " + plan.reason());
        }
    }

    /** Our round: sustained, margined, cooled down, best improvement first. */
    @Benchmark
    public RebalancePlan rebalancer() {
        return Rebalancer.plan(nodes, containers, policy.sustainSamples(), NOW, policy);
    }

    /** The Watcher-style baseline: largest container off the hottest node onto the coolest. */
    @Benchmark
    public RebalancePlan greedy() {
        return GreedyRebalance.plan(nodes, containers, NOW, policy);
    }
}
