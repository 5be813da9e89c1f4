package io.hyperchain.placement;

/** A tenant's environment has one container per node, so a node is never given to them twice. */
public final class NotAlreadyAssignedToTenant implements CandidateFilter {

    @Override
    public String name() {
        return "notAlreadyAssignedToTenant";
    }

    // Rule: a node the tenant already has is no candidate.
    @Override
    public boolean admits(NodeSnapshot node, PlacementQuery query) {
        return !query.alreadyAssigned().contains(node.id());
    }

    @Override
    public String describeTurnedAway(int nodes) {
        return Phrases.nodes(nodes, "is already yours", "are already yours");
    }
}
