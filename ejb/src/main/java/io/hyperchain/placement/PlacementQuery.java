package io.hyperchain.placement;

import java.util.Set;

/**
 * One placement question: how many nodes, the load a candidate must stay under, and the nodes the
 * tenant already has (never given twice).
 */
public record PlacementQuery(int count, double loadThreshold, Set<Long> alreadyAssigned) {

    public PlacementQuery {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        if (!(loadThreshold > 0) || Double.isInfinite(loadThreshold)) {
            throw new IllegalArgumentException("loadThreshold must be a finite share above 0, was " + loadThreshold);
        }
        alreadyAssigned = Set.copyOf(alreadyAssigned);
    }

    /** A query for a tenant who has no nodes yet. */
    public static PlacementQuery of(int count, double loadThreshold) {
        return new PlacementQuery(count, loadThreshold, Set.of());
    }
}
