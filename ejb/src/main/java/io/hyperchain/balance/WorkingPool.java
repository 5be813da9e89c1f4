package io.hyperchain.balance;

import io.hyperchain.placement.Load;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The mutable copy of a snapshot that one planning call works on: node loads as arrays, the
 * containers on each node, the environments each node hosts, and the per-resource sums over the
 * nodes that accept work, so a candidate move's imbalance costs O(1). Never shared or kept.
 */
final class WorkingPool {

    private static final Comparator<BalanceContainer> BY_WORKLOAD = Comparator.comparingLong(BalanceContainer::workloadId);

    private final long[] ids;
    private final Capacity[] capacities;
    private final boolean[] accepts;
    private final double[][] load;
    private final List<List<BalanceContainer>> hosted;
    private final List<Set<Long>> environments;
    private final Map<Long, Integer> index;
    private final double[] sum = new double[3];
    private final double[] sumOfSquares = new double[3];
    private int counted;

    WorkingPool(List<BalanceNode> nodes, List<BalanceContainer> containers) {
        Objects.requireNonNull(nodes, "nodes");
        Objects.requireNonNull(containers, "containers");
        List<BalanceNode> byId = nodes.stream().sorted(Comparator.comparingLong(BalanceNode::id)).toList();
        int n = byId.size();
        ids = new long[n];
        capacities = new Capacity[n];
        accepts = new boolean[n];
        load = new double[n][];
        hosted = new ArrayList<>(n);
        environments = new ArrayList<>(n);
        index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            BalanceNode node = byId.get(i);
            if (index.put(node.id(), i) != null) {
                throw new IllegalArgumentException("node " + node.id() + " appears twice");
            }
            ids[i] = node.id();
            capacities[i] = node.capacity();
            accepts[i] = node.acceptsWork();
            load[i] = new double[] {node.load().cpu(), node.load().memory(), node.load().disk()};
            hosted.add(new ArrayList<>());
            environments.add(new HashSet<>());
        }
        for (BalanceContainer container : containers) {
            int at = indexOf(container.hostNodeId());
            hosted.get(at).add(container);
            if (!environments.get(at).add(container.environmentId())) {
                throw new IllegalArgumentException("node " + container.hostNodeId() + " hosts environment "
                        + container.environmentId() + " twice");
            }
        }
        hosted.forEach(list -> list.sort(BY_WORKLOAD));
        recount();
    }

    int size() {
        return ids.length;
    }

    long id(int node) {
        return ids[node];
    }

    boolean accepts(int node) {
        return accepts[node];
    }

    int indexOf(long nodeId) {
        Integer at = index.get(nodeId);
        if (at == null) {
            throw new IllegalArgumentException("no node " + nodeId + " in the snapshot");
        }
        return at;
    }

    /** The containers on a node, lower workload id first. */
    List<BalanceContainer> containersOn(int node) {
        return hosted.get(node);
    }

    boolean hostsEnvironment(int node, long environmentId) {
        return environments.get(node).contains(environmentId);
    }

    double combined(int node) {
        double[] l = load[node];
        return Math.max(l[0], Math.max(l[1], l[2]));
    }

    Load load(int node) {
        return new Load(load[node][0], load[node][1], load[node][2]);
    }

    /** The container's usage as shares of a node's capacity, cpu, memory, disk. */
    double[] shareOn(BalanceContainer container, int node) {
        return shareOn(container, node, new double[3]);
    }

    /** The same into {@code into}, for the search's inner loop. */
    double[] shareOn(BalanceContainer container, int node, double[] into) {
        Capacity capacity = capacities[node];
        into[0] = container.cpuCores() / capacity.cpuCores();
        into[1] = container.memoryGiB() / capacity.memoryGiB();
        into[2] = container.diskGiB() / capacity.diskGiB();
        return into;
    }

    /** The node's combined load with the given shares added. */
    double combinedWith(int node, double[] share) {
        double[] l = load[node];
        return Math.max(l[0] + share[0], Math.max(l[1] + share[1], l[2] + share[2]));
    }

    /** The pool's imbalance over the nodes that accept work, computed afresh. */
    double imbalance() {
        return Imbalance.of(acceptingLoads());
    }

    /** The same from the kept sums, comparable with {@link #imbalanceIfMoved}. */
    double imbalanceFromSums() {
        double worst = 0;
        for (int d = 0; d < 3; d++) {
            worst = Math.max(worst, Imbalance.fromSums(counted, sum[d], sumOfSquares[d]));
        }
        return worst;
    }

    List<Load> acceptingLoads() {
        List<Load> loads = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            if (accepts[i]) {
                loads.add(load(i));
            }
        }
        return loads;
    }

    /** The imbalance the pool would have after moving shares {@code out} off {@code from} and {@code in} onto {@code to}. */
    double imbalanceIfMoved(int from, double[] out, int to, double[] in) {
        double worst = 0;
        for (int d = 0; d < 3; d++) {
            double s = sum[d];
            double q = sumOfSquares[d];
            if (accepts[from]) {
                double before = load[from][d];
                double after = Math.max(0, before - out[d]);
                s += after - before;
                q += after * after - before * before;
            }
            if (accepts[to]) {
                double before = load[to][d];
                double after = before + in[d];
                s += after - before;
                q += after * after - before * before;
            }
            worst = Math.max(worst, Imbalance.fromSums(counted, s, q));
        }
        return worst;
    }

    /** σ/μ of the two nodes alone, worst resource, as they are now. */
    double pairImbalance(int a, int b) {
        return pairImbalance(load[a], load[b], NOTHING, NOTHING);
    }

    /** σ/μ of the two nodes alone after moving {@code out} off {@code from} and {@code in} onto {@code to}. */
    double pairImbalanceIfMoved(int from, double[] out, int to, double[] in) {
        return pairImbalance(load[from], load[to], out, in);
    }

    private static final double[] NOTHING = new double[3];

    // two values: σ/μ = |x − y| / (x + y); x loses its share, y gains its own
    private static double pairImbalance(double[] x, double[] y, double[] xLoses, double[] yGains) {
        double worst = 0;
        for (int d = 0; d < 3; d++) {
            double a = Math.max(0, x[d] - xLoses[d]);
            double b = y[d] + yGains[d];
            if ((a + b) / 2 >= Imbalance.IDLE_MEAN) { // an idle resource is even, as in Imbalance
                worst = Math.max(worst, Math.abs(a - b) / (a + b));
            }
        }
        return worst;
    }

    /** Moves the container from its host to {@code to}, marked as moved at {@code at}; returns it as moved. */
    BalanceContainer move(BalanceContainer container, int to, Instant at) {
        int from = indexOf(container.hostNodeId());
        double[] out = shareOn(container, from);
        double[] in = shareOn(container, to);
        for (int d = 0; d < 3; d++) {
            load[from][d] = Math.max(0, load[from][d] - out[d]);
            load[to][d] += in[d];
        }
        hosted.get(from).remove(container);
        environments.get(from).remove(container.environmentId());
        BalanceContainer moved = container.movedTo(ids[to], at);
        List<BalanceContainer> target = hosted.get(to);
        int position = -(Collections.binarySearch(target, moved, BY_WORKLOAD) + 1);
        target.add(Math.max(position, 0), moved);
        environments.get(to).add(container.environmentId());
        recount();
        return moved;
    }

    /** Node indexes that accept work, ordered by how far their busiest resource is above its mean, hottest first, then lower id. */
    int[] acceptingHottestFirst() {
        double[] mean = means();
        Integer[] order = new Integer[ids.length];
        int k = 0;
        for (int i = 0; i < ids.length; i++) {
            if (accepts[i]) {
                order[k++] = i;
            }
        }
        Integer[] accepting = Arrays.copyOf(order, k);
        double[] heat = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            heat[i] = relativeHeat(i, mean);
        }
        Arrays.sort(accepting, (a, b) -> {
            int byHeat = Double.compare(heat[b], heat[a]);
            return byHeat != 0 ? byHeat : Long.compare(ids[a], ids[b]);
        });
        return Arrays.stream(accepting).mapToInt(Integer::intValue).toArray();
    }

    // a node's busiest resource relative to that resource's mean over the pool
    private double relativeHeat(int node, double[] mean) {
        double heat = 0;
        for (int d = 0; d < 3; d++) {
            if (mean[d] > 0) {
                heat = Math.max(heat, load[node][d] / mean[d]);
            }
        }
        return heat;
    }

    private double[] means() {
        double[] mean = new double[3];
        for (int d = 0; d < 3; d++) {
            mean[d] = counted == 0 ? 0 : sum[d] / counted;
        }
        return mean;
    }

    // exact sums again after each change, so that rounding never drifts across moves
    private void recount() {
        Arrays.fill(sum, 0);
        Arrays.fill(sumOfSquares, 0);
        counted = 0;
        for (int i = 0; i < ids.length; i++) {
            if (accepts[i]) {
                counted++;
                for (int d = 0; d < 3; d++) {
                    sum[d] += load[i][d];
                    sumOfSquares[d] += load[i][d] * load[i][d];
                }
            }
        }
    }
}
