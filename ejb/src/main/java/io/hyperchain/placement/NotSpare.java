package io.hyperchain.placement;

/** The spare node is shared by busy tenants (P1.5), never given to one tenant. */
public final class NotSpare implements CandidateFilter {

    @Override
    public String name() {
        return "notSpare";
    }

    // Rule: the spare node is no candidate.
    @Override
    public boolean admits(NodeSnapshot node, PlacementQuery query) {
        return !node.spare();
    }

    @Override
    public boolean readsQuery() {
        return false;
    }

    @Override
    public String describeTurnedAway(int nodes) {
        return Phrases.nodes(nodes, "is held as the shared spare", "are held as shared spares");
    }
}
