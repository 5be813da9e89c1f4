package io.hyperchain.placement;

import java.util.Comparator;

/** The last tie-break, so that the same pool always gives the same decision. */
public final class LowerIdFirst implements Comparator<NodeSnapshot> {

    // Rule: the lower node id comes first.
    @Override
    public int compare(NodeSnapshot a, NodeSnapshot b) {
        return Long.compare(a.id(), b.id());
    }
}
