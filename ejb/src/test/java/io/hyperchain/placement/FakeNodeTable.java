package io.hyperchain.placement;

import io.hyperchain.placement.KeptPlacement.Cloud;
import io.hyperchain.placement.KeptPlacement.CountedNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The node table, the assignments and the epoch with its log, as sql/V17 keeps them, in memory:
 * every change steps the epoch and logs its node (null: every node), the log keeps {@code kept}
 * steps. Counts the reads the pool makes.
 */
final class FakeNodeTable implements KeptPlacement.Source {

    private final Map<Long, NodeFacts> nodes = new HashMap<>();
    private final Map<Long, Integer> tenants = new HashMap<>();
    private final List<Long> log = new ArrayList<>(); // log.get(i): the node of step i + 1
    private final int kept;
    private OptionalLong spare = OptionalLong.empty();
    private final Map<Long, Load> measured = new HashMap<>(); // not a step: measured load moves without the epoch

    int epochReads;
    int cloudReads;
    int logReads;
    int measuredReads;
    final List<Set<Long>> nodeReads = new ArrayList<>();

    FakeNodeTable(int kept) {
        this.kept = kept;
    }

    FakeNodeTable() {
        this(10_000);
    }

    static NodeFacts facts(long id, int seats) {
        // at the default allotment (2 CPU, 4 GiB, 20 GiB) a node of 2n CPUs, 4n GiB and 20n GiB takes n tenants
        return new NodeFacts(id, "node-" + id, true, false, 2 * seats, 4 * seats, 20 * seats);
    }

    FakeNodeTable node(NodeFacts facts) {
        nodes.put(facts.id(), facts);
        tenants.putIfAbsent(facts.id(), 0);
        step(facts.id());
        return this;
    }

    FakeNodeTable remove(long id) {
        nodes.remove(id);
        tenants.remove(id);
        step(id);
        return this;
    }

    FakeNodeTable assign(long id) {
        tenants.merge(id, 1, Integer::sum);
        step(id);
        return this;
    }

    FakeNodeTable release(long id) {
        tenants.merge(id, -1, Integer::sum);
        step(id);
        return this;
    }

    FakeNodeTable elect(long id) {
        spare = OptionalLong.of(id);
        step(null);
        return this;
    }

    /** The sampler measured this average for the node over the window (no epoch step, as in the database). */
    FakeNodeTable measure(long id, Load load) {
        measured.put(id, load);
        return this;
    }

    /** A change no trigger saw (the pool cannot know of it until it looks at the node again). */
    FakeNodeTable assignUnlogged(long id) {
        tenants.merge(id, 1, Integer::sum);
        return this;
    }

    int tenantsOf(long id) {
        return tenants.getOrDefault(id, 0);
    }

    CountedNode counted(long id) {
        return new CountedNode(nodes.get(id), tenantsOf(id));
    }

    /** Every node as the engine would see it now. */
    List<NodeSnapshot> snapshots(BaseAllotment base) {
        return nodes.values().stream()
                .map(n -> n.snapshot(tenantsOf(n.id()), base, spare.isPresent() && spare.getAsLong() == n.id()))
                .toList();
    }

    private void step(Long node) {
        log.add(node);
    }

    @Override
    public long epoch() {
        epochReads++;
        return log.size();
    }

    @Override
    public Cloud cloud() {
        cloudReads++;
        return new Cloud(log.size(), spare, nodes.keySet().stream().map(this::counted).toList());
    }

    @Override
    public Optional<Set<Long>> changed(long after, long upTo) {
        logReads++;
        if (after < log.size() - kept) {
            return Optional.empty();
        }
        Set<Long> changed = new HashSet<>();
        for (long step = after + 1; step <= upTo; step++) {
            Long node = log.get((int) step - 1);
            if (node == null) {
                return Optional.empty();
            }
            changed.add(node);
        }
        return Optional.of(changed);
    }

    @Override
    public Map<Long, Load> measured() {
        measuredReads++;
        return Map.copyOf(measured);
    }

    @Override
    public List<CountedNode> nodes(Set<Long> ids) {
        nodeReads.add(Set.copyOf(ids));
        return ids.stream().filter(nodes::containsKey).map(this::counted).toList();
    }
}
