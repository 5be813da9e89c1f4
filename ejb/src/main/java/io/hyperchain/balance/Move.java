package io.hyperchain.balance;

/** One container moved from one node to another, and the pool's imbalance once it has moved. */
public record Move(long workloadId, long environmentId, long fromNode, long toNode, double imbalanceAfter) {

    public Move {
        if (fromNode == toNode) {
            throw new IllegalArgumentException("a move needs two nodes, was " + fromNode + " to itself");
        }
    }
}
