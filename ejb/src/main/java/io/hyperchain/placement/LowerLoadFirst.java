package io.hyperchain.placement;

import java.util.Comparator;

/** P1.2: prefer the node with lower load, judged on its busiest resource (P3.1). */
public final class LowerLoadFirst implements Comparator<NodeSnapshot> {

    // Rule: lower combined load comes first.
    @Override
    public int compare(NodeSnapshot a, NodeSnapshot b) {
        return Double.compare(a.load().combined(), b.load().combined());
    }
}
