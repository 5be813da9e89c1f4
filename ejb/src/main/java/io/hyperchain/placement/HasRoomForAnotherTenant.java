package io.hyperchain.placement;

/** P1.2: candidates are filtered by the tenants already assigned to them. */
public final class HasRoomForAnotherTenant implements CandidateFilter {

    @Override
    public String name() {
        return "hasRoomForAnotherTenant";
    }

    // Rule: a node is a candidate only while it has fewer tenants than its limit.
    @Override
    public boolean admits(NodeSnapshot node, PlacementQuery query) {
        return node.assignedTenants() < node.tenantLimit();
    }

    @Override
    public boolean readsQuery() {
        return false;
    }

    @Override
    public String describeTurnedAway(int nodes) {
        return Phrases.nodes(nodes, "is full", "are full");
    }
}
