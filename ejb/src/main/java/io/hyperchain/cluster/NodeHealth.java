package io.hyperchain.cluster;

/** Whether a node's engine answers the node-watch job's pings (apart from the admin's node state). */
public enum NodeHealth {
    UP,
    /** Missed too many pings in a row: its containers run elsewhere until it answers and is fenced. */
    DOWN
}
