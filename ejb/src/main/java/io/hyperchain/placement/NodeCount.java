package io.hyperchain.placement;

import java.util.Objects;

/** How many nodes a request needs, and the dimension that asked for the most. */
public record NodeCount(int count, Dimension decidedBy) {

    public NodeCount {
        if (count < 1) {
            throw new IllegalArgumentException("a node count is at least 1, was " + count);
        }
        Objects.requireNonNull(decidedBy, "decidedBy");
    }
}
