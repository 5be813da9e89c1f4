package io.hyperchain.bench;

import io.hyperchain.balance.Capacity;
import io.hyperchain.balance.WorkloadKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded synthetic cloud for the balancing benchmark and simulation: nodes of three sizes, a few
 * spares, environments of 3 to 6 containers on distinct nodes (a node takes containers in
 * proportion to its size), each container with a heavy-tailed base usage (log-normal: median 1 core, 2 GiB, 30 GiB), a kind, a pin, a tenant time zone, and
 * a few nodes that carry a large unmovable container (steady hot spots).
 */
final class BalanceCloud {

    static final Capacity[] SIZES = {new Capacity(32, 128, 2000), new Capacity(48, 192, 3000), new Capacity(64, 256, 4000)};

    /** Share of each resource a node's own system work takes. */
    static final double OVERHEAD = 0.02;

    /** Tenants that turn hot now and then, percent. */
    static final int BURSTY_PERCENT = 10;

    final int nodes;
    final Capacity[] capacity;
    final boolean[] accepts;
    // per container, in workload id order (workload id = index + 1)
    final List<Long> environment = new ArrayList<>();
    final List<Integer> host = new ArrayList<>();
    final List<Double> cpu = new ArrayList<>();
    final List<Double> memory = new ArrayList<>();
    final List<Double> disk = new ArrayList<>();
    final List<WorkloadKind> kind = new ArrayList<>();
    final List<Boolean> pinned = new ArrayList<>();
    final List<Boolean> steady = new ArrayList<>();
    /** Per environment (id = index + 1): the tenant's time-zone offset, hours. */
    final List<Integer> phase = new ArrayList<>();
    /** Per environment: whether the tenant has bursts (turns hot for hours now and then). */
    final List<Boolean> bursty = new ArrayList<>();

    BalanceCloud(int nodes, int containersPerNode, int spares, int hotSpots, Random random) {
        this.nodes = nodes;
        capacity = new Capacity[nodes];
        accepts = new boolean[nodes];
        int[] slots = new int[nodes];
        int totalSlots = 0;
        for (int i = 0; i < nodes; i++) {
            int size = random.nextInt(SIZES.length);
            capacity[i] = SIZES[size];
            accepts[i] = i >= spares;
            slots[i] = accepts[i] ? Math.round(containersPerNode * (float) SIZES[size].cpuCores() / 48f) : 0;
            totalSlots += slots[i];
        }
        int target = Math.min(totalSlots - 8 * nodes / 100, containersPerNode * (nodes - spares));
        int[] free = slots.clone();
        while (size() < target) {
            int want = 3 + random.nextInt(4);
            List<Integer> chosen = new ArrayList<>(want);
            for (int tries = 0; chosen.size() < want && tries < 50 * want; tries++) {
                int node = random.nextInt(nodes);
                if (free[node] > 0 && !chosen.contains(node)) {
                    chosen.add(node);
                }
            }
            long env = phase.size() + 1;
            phase.add(random.nextInt(3) * 8);
            bursty.add(random.nextInt(100) < BURSTY_PERCENT);
            for (int node : chosen) {
                free[node]--;
                add(env, node, 1.0 * logNormal(random), 2.0 * logNormal(random), 30 * logNormal(random), random.nextInt(100) < 15 ? WorkloadKind.BATCH : WorkloadKind.SERVICE,
                        random.nextInt(100) < 10, false);
            }
        }
        // steady hot spots: a large container that never moves (batch on half, pinned service on the other)
        for (int h = 0; h < hotSpots; h++) {
            int node = spares + random.nextInt(nodes - spares);
            long env = phase.size() + 1;
            phase.add(0);
            bursty.add(false);
            Capacity c = capacity[node];
            add(env, node, 0.45 * c.cpuCores(), 0.3 * c.memoryGiB(), 0.1 * c.diskGiB(),
                    h % 2 == 0 ? WorkloadKind.BATCH : WorkloadKind.SERVICE, h % 2 == 1, true);
        }
    }

    int size() {
        return host.size();
    }

    private void add(long env, int node, double cpuCores, double memoryGiB, double diskGiB, WorkloadKind k,
                     boolean pin, boolean steadyHot) {
        environment.add(env);
        host.add(node);
        cpu.add(cpuCores);
        memory.add(memoryGiB);
        disk.add(diskGiB);
        kind.add(k);
        pinned.add(pin && k == WorkloadKind.SERVICE);
        steady.add(steadyHot);
    }

    // sizes are heavy-tailed, as tenants' are: median 1, mean 1.5
    static double logNormal(Random random) {
        return Math.exp(0.9 * random.nextGaussian());
    }
}
