package io.hyperchain.placement;

/**
 * One rule a node must pass to be a candidate (P1.2). Filters run as a pipeline; a node is turned
 * away by the first filter it fails, and a refusal counts turned-away nodes per filter.
 */
public interface CandidateFilter {

    /** A stable code for programs and message bundles, e.g. {@code hasRoomForAnotherTenant}. */
    String name();

    boolean admits(NodeSnapshot node, PlacementQuery query);

    /**
     * Whether the rule reads the query. A rule that reads only the node can be applied once when the
     * node changes, instead of on every decision ({@link NodePool} does so).
     */
    default boolean readsQuery() {
        return true;
    }

    /** How a tenant reads the nodes this filter turned away, e.g. "4 are full". */
    default String describeTurnedAway(int nodes) {
        return Phrases.nodes(nodes, "was turned away by " + name(), "were turned away by " + name());
    }
}
