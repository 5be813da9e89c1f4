package io.hyperchain.bench;

import io.hyperchain.balance.BalanceContainer;
import io.hyperchain.balance.BalanceNode;
import io.hyperchain.balance.GreedyRebalance;
import io.hyperchain.balance.Imbalance;
import io.hyperchain.balance.ImbalanceStreak;
import io.hyperchain.balance.Move;
import io.hyperchain.balance.RebalancePlan;
import io.hyperchain.balance.RebalancePolicy;
import io.hyperchain.balance.Rebalancer;
import io.hyperchain.placement.Load;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * P1.8 over a simulated week: NODES nodes (5 spares), about 20 containers per 48-core node (so
 * about 20,000 containers at 1,000 nodes), sampled every 5 minutes, under three policies run in
 * lockstep on the same load traces: no balancing, {@link Rebalancer} with its defaults, and
 * {@link GreedyRebalance}. The traces are seeded: a diurnal cycle per tenant time zone (0, 8 or 16
 * hours), noise per container and sample, tenants that turn hot for 2 to 10 hours (one in ten
 * tenants, about 3 episodes a week each: 4 x CPU, 1.5 x memory), and steady hot spots (a large batch or pinned
 * container on a few nodes). Each sample: the loads follow from where each container is now, the
 * imbalance is recorded, then the policy plans and its moves take effect for the next sample.
 *
 *   java -cp bench/target/benchmarks.jar io.hyperchain.bench.RebalanceSimulation [NODES] [PER_NODE] [DAYS]
 */
public final class RebalanceSimulation {

    static final long SEED = 20_261_205L;
    static final Duration STEP = Duration.ofMinutes(5);
    static final Instant START = Instant.parse("2026-11-30T00:00:00Z");
    static final Duration PING_PONG_WINDOW = Duration.ofHours(24);
    static final int SPARES = 5;
    static final int HOT_SPOTS = 10;
    static final double EPISODES_A_WEEK = 3;
    static final double HOT_CPU = 4;
    static final double HOT_MEMORY = 1.5;

    private RebalanceSimulation() {
    }

    public static void main(String[] args) {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int perNode = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        long started = System.nanoTime();
        Random random = new Random(SEED);
        BalanceCloud cloud = new BalanceCloud(nodes, perNode, SPARES, HOT_SPOTS, random);
        int samples = (int) (Duration.ofDays(days).toMinutes() / STEP.toMinutes());
        int[][] hotEvents = hotEpisodes(cloud, samples, random);
        RebalancePolicy policy = RebalancePolicy.defaults();
        List<Run> runs = List.of(new Run("no balancing", cloud, samples), new Run("Rebalancer (defaults)", cloud, samples),
                new Run("GreedyRebalance", cloud, samples));

        int containers = cloud.size();
        double[] cpu = new double[containers];
        double[] memory = new double[containers];
        double[] disk = new double[containers];
        int[] hot = new int[cloud.phase.size()];
        int nextEvent = 0;
        for (int sample = 0; sample < samples; sample++) {
            while (nextEvent < hotEvents.length && hotEvents[nextEvent][0] == sample) {
                hot[hotEvents[nextEvent][1]] += hotEvents[nextEvent][2];
                nextEvent++;
            }
            usage(cloud, sample, hot, cpu, memory, disk);
            Instant now = START.plus(STEP.multipliedBy(sample));
            for (int r = 0; r < runs.size(); r++) {
                Run run = runs.get(r);
                double imbalance = run.measure(sample, cpu, memory, disk, policy.loadThreshold());
                long t0 = System.nanoTime();
                RebalancePlan plan = switch (r) {
                    case 1 -> {
                        run.streak = ImbalanceStreak.next(run.streak, imbalance, policy.imbalanceThreshold());
                        yield run.streak >= policy.sustainSamples() ? Rebalancer.plan(run.nodes(), run.containers(cpu, memory, disk),
                                run.streak, now, policy) : null;
                    }
                    case 2 -> imbalance > policy.imbalanceThreshold()
                            ? GreedyRebalance.plan(run.nodes(), run.containers(cpu, memory, disk), now, policy) : null;
                    default -> null;
                };
                if (plan != null) {
                    run.planNanos += System.nanoTime() - t0;
                    run.plans++;
                    run.apply(plan, sample, now);
                }
            }
        }

        double hours = samples * STEP.toMinutes() / 60.0;
        System.out.printf(Locale.ROOT, "%,d nodes (%d spares, %d steady hot spots), %,d containers in %,d environments, "
                        + "%d days sampled every %d min (%,d samples), seed %d%n", nodes, SPARES, HOT_SPOTS, containers,
                cloud.phase.size(), days, STEP.toMinutes(), samples, SEED);
        System.out.printf(Locale.ROOT, "threshold %.2f, sustain %d, margin %.2f, %d moves a round, cool-down %s, load threshold %.2f%n%n",
                policy.imbalanceThreshold(), policy.sustainSamples(), policy.minImprovement(), policy.maxMovesPerRound(),
                policy.coolDown(), policy.loadThreshold());
        System.out.printf(Locale.ROOT, "| %-22s | %9s | %9s | %11s | %11s | %8s | %9s | %8s |%n", "policy", "mean imb.",
                "p95 imb.", "above 0.25", "nodes >=0.8", "moves/h", "ping-pong", "ms/plan");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Run run : runs) {
            double[] sorted = run.imbalance.clone();
            Arrays.sort(sorted);
            double mean = Arrays.stream(sorted).average().orElse(0);
            double p95 = sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
            long above = Arrays.stream(sorted).filter(x -> x > policy.imbalanceThreshold()).count();
            System.out.printf(Locale.ROOT, "| %-22s | %9.3f | %9.3f | %10.1f%% | %11.1f | %8.1f | %9d | %8.1f |%n", run.name, mean,
                    p95, 100.0 * above / samples, (double) run.hotNodeSamples / samples, run.moves / hours, run.pingPong,
                    run.plans == 0 ? 0 : run.planNanos / 1e6 / run.plans);
        }
        System.out.printf(Locale.ROOT, "%nran in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** Per environment, 0 or more hot episodes as events {sample, environment index, +1 or -1}, by sample. */
    private static int[][] hotEpisodes(BalanceCloud cloud, int samples, Random random) {
        List<int[]> events = new ArrayList<>();
        int perHour = 12;
        for (int env = 0; env < cloud.phase.size(); env++) {
            if (!cloud.bursty.get(env)) {
                continue;
            }
            // Poisson(EPISODES_A_WEEK) episodes, scaled to the simulated span
            double mean = EPISODES_A_WEEK * samples / (7.0 * 24 * perHour);
            int episodes = 0;
            for (double p = Math.exp(-mean), u = random.nextDouble(), c = p; u > c; episodes++) {
                p *= mean / (episodes + 1);
                c += p;
            }
            for (int e = 0; e < episodes; e++) {
                int start = random.nextInt(samples);
                int end = Math.min(samples, start + (2 + random.nextInt(9)) * perHour);
                events.add(new int[] {start, env, 1});
                if (end < samples) {
                    events.add(new int[] {end, env, -1});
                }
            }
        }
        events.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        return events.toArray(new int[0][]);
    }

    /** Every container's usage at one sample: the same for every policy. */
    private static void usage(BalanceCloud cloud, int sample, int[] hot, double[] cpu, double[] memory, double[] disk) {
        double hour = sample * STEP.toMinutes() / 60.0;
        double days = hour / 24;
        SplittableRandom noise = new SplittableRandom(SEED * 31 + sample);
        for (int c = 0; c < cloud.size(); c++) {
            double g1 = gaussian(noise);
            double g2 = gaussian(noise);
            if (cloud.steady.get(c)) {
                cpu[c] = cloud.cpu.get(c) * Math.max(0.5, 1 + 0.05 * g1);
                memory[c] = cloud.memory.get(c);
                disk[c] = cloud.disk.get(c);
                continue;
            }
            int env = (int) (cloud.environment.get(c) - 1);
            double diurnal = 0.6 + 0.4 * Math.sin(2 * Math.PI * (hour + cloud.phase.get(env) - 8) / 24);
            boolean isHot = hot[env] > 0;
            cpu[c] = cloud.cpu.get(c) * diurnal * (isHot ? HOT_CPU : 1) * Math.max(0.2, 1 + 0.15 * g1);
            memory[c] = cloud.memory.get(c) * (0.85 + 0.15 * diurnal) * (isHot ? HOT_MEMORY : 1) * Math.max(0.5, 1 + 0.03 * g2);
            disk[c] = cloud.disk.get(c) * (1 + 0.02 * days);
        }
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** One policy's cloud: where each container is, when it last moved, and what it measured. */
    private static final class Run {

        final String name;
        final BalanceCloud cloud;
        final int[] host;
        final Instant[] lastMoved;
        final List<Map<Integer, Integer>> leftAt; // per container: node index -> sample it left that node
        final double[] imbalance;
        final double[][] load;
        int streak;
        long moves;
        long pingPong;
        long hotNodeSamples;
        long plans;
        long planNanos;

        Run(String name, BalanceCloud cloud, int samples) {
            this.name = name;
            this.cloud = cloud;
            host = cloud.host.stream().mapToInt(Integer::intValue).toArray();
            lastMoved = new Instant[cloud.size()];
            leftAt = new ArrayList<>(cloud.size());
            for (int c = 0; c < cloud.size(); c++) {
                leftAt.add(null);
            }
            imbalance = new double[samples];
            load = new double[cloud.nodes][3];
        }

        /** Loads from where the containers are now; records and returns the imbalance. */
        double measure(int sample, double[] cpu, double[] memory, double[] disk, double loadThreshold) {
            for (double[] l : load) {
                Arrays.fill(l, BalanceCloud.OVERHEAD);
            }
            for (int c = 0; c < host.length; c++) {
                var capacity = cloud.capacity[host[c]];
                double[] l = load[host[c]];
                l[0] += cpu[c] / capacity.cpuCores();
                l[1] += memory[c] / capacity.memoryGiB();
                l[2] += disk[c] / capacity.diskGiB();
            }
            List<Load> accepting = new ArrayList<>(cloud.nodes);
            for (int i = 0; i < cloud.nodes; i++) {
                if (cloud.accepts[i]) {
                    Load l = new Load(load[i][0], load[i][1], load[i][2]);
                    accepting.add(l);
                    if (l.combined() >= loadThreshold) {
                        hotNodeSamples++;
                    }
                }
            }
            imbalance[sample] = Imbalance.of(accepting);
            return imbalance[sample];
        }

        List<BalanceNode> nodes() {
            List<BalanceNode> nodes = new ArrayList<>(cloud.nodes);
            for (int i = 0; i < cloud.nodes; i++) {
                nodes.add(new BalanceNode(i + 1, new Load(load[i][0], load[i][1], load[i][2]), cloud.capacity[i],
                        cloud.accepts[i]));
            }
            return nodes;
        }

        List<BalanceContainer> containers(double[] cpu, double[] memory, double[] disk) {
            List<BalanceContainer> containers = new ArrayList<>(host.length);
            for (int c = 0; c < host.length; c++) {
                containers.add(new BalanceContainer(c + 1, cloud.environment.get(c), host[c] + 1, cpu[c], memory[c], disk[c],
                        cloud.kind.get(c), cloud.pinned.get(c), false, lastMoved[c]));
            }
            return containers;
        }

        void apply(RebalancePlan plan, int sample, Instant now) {
            int window = (int) (PING_PONG_WINDOW.toMinutes() / STEP.toMinutes());
            for (Move move : plan.moves()) {
                int c = (int) (move.workloadId() - 1);
                int from = (int) (move.fromNode() - 1);
                int to = (int) (move.toNode() - 1);
                if (host[c] != from) {
                    throw new IllegalStateException("workload " + move.workloadId() + " is not on node " + move.fromNode());
                }
                Map<Integer, Integer> left = leftAt.get(c);
                if (left == null) {
                    left = new HashMap<>(4);
                    leftAt.set(c, left);
                }
                Integer leftTarget = left.get(to);
                if (leftTarget != null && sample - leftTarget <= window) {
                    pingPong++;
                }
                left.put(from, sample);
                host[c] = to;
                lastMoved[c] = now;
                moves++;
            }
        }
    }
}
