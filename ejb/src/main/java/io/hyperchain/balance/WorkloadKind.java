package io.hyperchain.balance;

/** What a container runs, which decides whether balancing may move it (P1.8). */
public enum WorkloadKind {
    /** Long-running service work: balancing may move it. */
    SERVICE,
    /** Work that runs to an end: it finishes where it started and never moves. */
    BATCH
}
