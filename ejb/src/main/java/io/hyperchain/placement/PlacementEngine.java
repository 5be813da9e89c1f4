package io.hyperchain.placement;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * P1.2 over a whole pool: filter the candidates, then pick the best {@code count} of them by the
 * scorer chain. Stateless; each call scans the pool once and keeps only the best {@code count}
 * (O(n log count), no full sort). {@link NodePool} gives the same decisions from a kept index.
 */
public final class PlacementEngine {

    private static final Comparator<NodeSnapshot> BY_ID = new LowerIdFirst();

    private final List<CandidateFilter> filters;
    private final CandidateFilter[] pipeline;
    private final Comparator<NodeSnapshot> order;

    /**
     * @param filters the pipeline, in the order refusals attribute turned-away nodes
     * @param scorers the preference, best first; ties always end by node id so that a decision
     *                never depends on the order of the pool
     */
    public PlacementEngine(List<? extends CandidateFilter> filters, Comparator<NodeSnapshot> scorers) {
        this.filters = List.copyOf(filters);
        this.pipeline = this.filters.toArray(new CandidateFilter[0]);
        this.order = Objects.requireNonNull(scorers, "scorers").thenComparing(BY_ID);
    }

    /** Active, not draining, not spare, not the tenant's already, with room, under the load threshold. */
    public static List<CandidateFilter> standardFilters() {
        return List.of(new ActiveOnly(), new NotDraining(), new NotSpare(), new NotAlreadyAssignedToTenant(),
                new HasRoomForAnotherTenant(), new LoadUnderThreshold());
    }

    /** Fewer tenants first, then lower load, then lower id. */
    public static Comparator<NodeSnapshot> standardScorers() {
        return new FewerTenantsFirst().thenComparing(new LowerLoadFirst()).thenComparing(new LowerIdFirst());
    }

    public static PlacementEngine standard() {
        return new PlacementEngine(standardFilters(), standardScorers());
    }

    public List<CandidateFilter> filters() {
        return filters;
    }

    /** The full order, best first, ending by node id. */
    public Comparator<NodeSnapshot> order() {
        return order;
    }

    /** Chooses {@code query.count()} nodes from the pool, which holds one snapshot per node. */
    public Placement place(Collection<NodeSnapshot> pool, PlacementQuery query) {
        Objects.requireNonNull(query, "query");
        int[] turnedAway = new int[pipeline.length];
        BestNodes best = new BestNodes(query.count(), order);
        int candidates = 0;
        for (NodeSnapshot node : pool) {
            int refusedBy = firstRefusal(node, query);
            if (refusedBy >= 0) {
                turnedAway[refusedBy]++;
            } else {
                candidates++;
                best.offer(node);
            }
        }
        if (candidates < query.count()) {
            return Placement.Refused.of(query.count(), candidates, filters, turnedAway);
        }
        return new Placement.Placed(best.idsBestFirst());
    }

    /** Whether the node passes every filter for this query: what a guard asks again of a chosen node. */
    public boolean admits(NodeSnapshot node, PlacementQuery query) {
        return firstRefusal(node, query) < 0;
    }

    /** The index of the first filter that turns the node away, or -1 when all admit it. */
    private int firstRefusal(NodeSnapshot node, PlacementQuery query) {
        for (int i = 0; i < pipeline.length; i++) {
            if (!pipeline[i].admits(node, query)) {
                return i;
            }
        }
        return -1;
    }
}
