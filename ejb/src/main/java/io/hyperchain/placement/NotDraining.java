package io.hyperchain.placement;

/** A node in maintenance keeps what runs and takes nothing new. */
public final class NotDraining implements CandidateFilter {

    @Override
    public String name() {
        return "notDraining";
    }

    // Rule: a draining node is no candidate.
    @Override
    public boolean admits(NodeSnapshot node, PlacementQuery query) {
        return !node.draining();
    }

    @Override
    public boolean readsQuery() {
        return false;
    }

    @Override
    public String describeTurnedAway(int nodes) {
        return Phrases.nodes(nodes, "is in maintenance", "are in maintenance");
    }
}
