package io.hyperchain.balance;

import java.util.List;

/** The moves that empty low-use nodes, in order, and the nodes they free, lower id first. */
public record ConsolidationPlan(List<Move> moves, List<Long> freedNodes) {

    public ConsolidationPlan {
        moves = List.copyOf(moves);
        freedNodes = List.copyOf(freedNodes);
    }
}
