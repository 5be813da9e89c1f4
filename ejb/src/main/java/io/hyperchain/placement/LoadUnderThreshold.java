package io.hyperchain.placement;

/** P1.2: candidates are filtered by load, judged on their busiest resource (P3.1). */
public final class LoadUnderThreshold implements CandidateFilter {

    @Override
    public String name() {
        return "loadUnderThreshold";
    }

    // Rule: a node is a candidate only while its combined load is below the query's threshold.
    @Override
    public boolean admits(NodeSnapshot node, PlacementQuery query) {
        return node.load().combined() < query.loadThreshold();
    }

    @Override
    public String describeTurnedAway(int nodes) {
        return Phrases.nodes(nodes, "is too busy", "are too busy");
    }
}
