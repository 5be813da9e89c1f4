package io.hyperchain.cluster;

/** Whether placement may use a node. */
public enum NodeState {
    /** In service. */
    ACTIVE,
    /** Keeps what runs, takes nothing new. */
    DRAINING,
    /** Out of service for repair. */
    MAINTENANCE
}
