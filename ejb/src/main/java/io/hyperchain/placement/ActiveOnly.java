package io.hyperchain.placement;

/** Only a node in service can take a tenant. */
public final class ActiveOnly implements CandidateFilter {

    @Override
    public String name() {
        return "activeOnly";
    }

    // Rule: a node that is not active (failed, stopped, out for repair) is no candidate.
    @Override
    public boolean admits(NodeSnapshot node, PlacementQuery query) {
        return node.active();
    }

    @Override
    public boolean readsQuery() {
        return false;
    }

    @Override
    public String describeTurnedAway(int nodes) {
        return Phrases.nodes(nodes, "is out of service", "are out of service");
    }
}
