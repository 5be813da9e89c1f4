package io.hyperchain.placement;

import java.util.Comparator;

/** P1.2: prefer the node with fewer assigned tenants. */
public final class FewerTenantsFirst implements Comparator<NodeSnapshot> {

    // Rule: fewer assigned tenants comes first.
    @Override
    public int compare(NodeSnapshot a, NodeSnapshot b) {
        return Integer.compare(a.assignedTenants(), b.assignedTenants());
    }
}
