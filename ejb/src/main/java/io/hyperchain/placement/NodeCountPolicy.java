package io.hyperchain.placement;

import java.util.Objects;

/** P1.1: a request becomes a number of nodes. */
public final class NodeCountPolicy {

    private NodeCountPolicy() {
    }

    /**
     * Each dimension needs ceil(request / base) nodes (base 30, request 90: 3); the largest need
     * wins, and on a tie the first of CPU, MEMORY, DISK names it.
     */
    public static NodeCount nodeCount(ResourceRequest request, BaseAllotment base) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(base, "base");
        int best = 0;
        Dimension decidedBy = null;
        for (Dimension dimension : Dimension.values()) {
            int needed = ceilDiv(request.in(dimension), base.in(dimension));
            if (needed > best) {
                best = needed;
                decidedBy = dimension;
            }
        }
        return new NodeCount(best, decidedBy);
    }

    // both positive and far below Integer.MAX_VALUE / 2, so the sum cannot overflow
    private static int ceilDiv(int amount, int unit) {
        return (amount + unit - 1) / unit;
    }
}
