package io.hyperchain.balance;

import io.hyperchain.placement.Load;
import java.util.Objects;

/**
 * A node as balancing sees it: its measured load, its capacity, and whether it takes work at all
 * ({@code acceptsWork} is false for a failed, draining, in-maintenance or spare node). Only nodes
 * that accept work are balanced among; the others are left to drain, failover and spare handling.
 */
public record BalanceNode(long id, Load load, Capacity capacity, boolean acceptsWork) {

    public BalanceNode {
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(capacity, "capacity");
    }
}
