package io.hyperchain.placement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The same decisions as {@link PlacementEngine}, from a kept index for fast repeated placement.
 *
 * <p>Nodes that pass every filter that reads only the node (active, not draining, not spare, room
 * left) sit in a set ordered best first by the engine's scorers. A decision walks that set from the
 * best and applies the filters that read the query until it has {@code count} nodes, so it costs
 * the nodes it skips plus {@code count}, not the pool. A change to one node repositions it in
 * O(log n). Only a refusal scans the pool, to say per filter why.
 *
 * <p>Thread-safe: every method holds the pool's lock, so {@link #placeAndAssign} never gives two
 * concurrent requests the last place on a node (P1.2).
 *
 * <p>Assigning or releasing changes a node's tenant count only; when load comes from what is
 * assigned ({@link Load#fromAssignments}), the caller also {@link #update}s the node's load.
 */
public final class NodePool {

    private final PlacementEngine engine;
    private final CandidateFilter[] queryFilters;
    private final CandidateFilter[] nodeFilters;
    private final Map<Long, NodeSnapshot> nodes = new HashMap<>();
    private final NavigableSet<NodeSnapshot> ready;

    public NodePool(PlacementEngine engine, Collection<NodeSnapshot> snapshots) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.queryFilters = engine.filters().stream().filter(CandidateFilter::readsQuery)
                .toArray(CandidateFilter[]::new);
        this.nodeFilters = engine.filters().stream().filter(f -> !f.readsQuery())
                .toArray(CandidateFilter[]::new);
        this.ready = new TreeSet<>(engine.order());
        for (NodeSnapshot node : snapshots) {
            if (nodes.containsKey(node.id())) {
                throw new IllegalArgumentException("node " + node.id() + " appears twice in the pool");
            }
            put(node);
        }
    }

    public static NodePool standard(Collection<NodeSnapshot> snapshots) {
        return new NodePool(PlacementEngine.standard(), snapshots);
    }

    /** Decides without changing the pool; equal to the engine's decision over {@link #snapshots()}. */
    public synchronized Placement place(PlacementQuery query) {
        Objects.requireNonNull(query, "query");
        List<Long> chosen = new ArrayList<>(Math.min(query.count(), 64));
        for (NodeSnapshot node : ready) {
            if (admitsQuery(node, query)) {
                chosen.add(node.id());
                if (chosen.size() == query.count()) {
                    return new Placement.Placed(chosen);
                }
            }
        }
        // too few candidates: the full scan counts, per filter, what turned the others away
        return engine.place(nodes.values(), query);
    }

    /** Decides and, when placed, assigns one more tenant to each chosen node, in one step. */
    public synchronized Placement placeAndAssign(PlacementQuery query) {
        Placement placement = place(query);
        for (long id : placement.nodeIds()) {
            assign(id);
        }
        return placement;
    }

    /** Records one more tenant on the node; returns the node as it is now. */
    public synchronized NodeSnapshot assign(long nodeId) {
        NodeSnapshot node = existing(nodeId);
        return replace(node, node.withAssignedTenants(node.assignedTenants() + 1));
    }

    /** Records one tenant fewer on the node; returns the node as it is now. */
    public synchronized NodeSnapshot release(long nodeId) {
        NodeSnapshot node = existing(nodeId);
        if (node.assignedTenants() == 0) {
            throw new IllegalStateException("node " + nodeId + " has no tenant to release");
        }
        return replace(node, node.withAssignedTenants(node.assignedTenants() - 1));
    }

    /** Puts a node's new snapshot in place of its old one, or adds a node the pool did not have. */
    public synchronized void update(NodeSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        NodeSnapshot old = nodes.get(snapshot.id());
        if (old == null) {
            put(snapshot);
        } else {
            replace(old, snapshot);
        }
    }

    /** Takes a node out of the pool; false if it was not there. */
    public synchronized boolean remove(long nodeId) {
        NodeSnapshot old = nodes.remove(nodeId);
        if (old == null) {
            return false;
        }
        ready.remove(old);
        return true;
    }

    public synchronized Optional<NodeSnapshot> node(long nodeId) {
        return Optional.ofNullable(nodes.get(nodeId));
    }

    /** Every node as it is now, in no particular order. */
    public synchronized List<NodeSnapshot> snapshots() {
        return List.copyOf(nodes.values());
    }

    public synchronized int size() {
        return nodes.size();
    }

    private NodeSnapshot existing(long nodeId) {
        NodeSnapshot node = nodes.get(nodeId);
        if (node == null) {
            throw new IllegalArgumentException("no node " + nodeId + " in the pool");
        }
        return node;
    }

    private NodeSnapshot replace(NodeSnapshot old, NodeSnapshot now) {
        ready.remove(old);
        put(now);
        return now;
    }

    private void put(NodeSnapshot node) {
        nodes.put(node.id(), node);
        if (admitsNode(node)) {
            ready.add(node);
        }
    }

    private boolean admitsNode(NodeSnapshot node) {
        for (CandidateFilter filter : nodeFilters) {
            // node-only filters never look at the query
            if (!filter.admits(node, null)) {
                return false;
            }
        }
        return true;
    }

    private boolean admitsQuery(NodeSnapshot node, PlacementQuery query) {
        for (CandidateFilter filter : queryFilters) {
            if (!filter.admits(node, query)) {
                return false;
            }
        }
        return true;
    }
}
