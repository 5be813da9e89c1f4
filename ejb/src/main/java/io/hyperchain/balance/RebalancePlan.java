package io.hyperchain.balance;

import java.util.List;
import java.util.Objects;

/** A round's decision: the moves in order, the imbalance before and after them, and why. */
public record RebalancePlan(double imbalanceBefore, double imbalanceAfter, List<Move> moves, String reason) {

    public RebalancePlan {
        moves = List.copyOf(moves);
        Objects.requireNonNull(reason, "reason");
    }

    /** A round that moves nothing. */
    public static RebalancePlan none(double imbalance, String reason) {
        return new RebalancePlan(imbalance, imbalance, List.of(), reason);
    }

    public boolean movesAnything() {
        return !moves.isEmpty();
    }
}
