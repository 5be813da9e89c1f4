package io.hyperchain.balance;

import io.hyperchain.placement.Load;
import java.time.Instant;

/** Small builders: every node has a capacity of 10 in each resource, so 1 unit of usage is a 0.1 share. */
final class Fixtures {

    static final Capacity TEN = new Capacity(10, 10, 10);
    static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    private Fixtures() {
    }

    static BalanceNode node(long id, double cpu, double memory, double disk) {
        return new BalanceNode(id, new Load(cpu, memory, disk), TEN, true);
    }

    static BalanceNode node(long id, double combined) {
        return node(id, combined, combined, combined);
    }

    static BalanceNode closed(long id, double combined) {
        return new BalanceNode(id, new Load(combined, combined, combined), TEN, false);
    }

    /** A service container using {@code units} of each resource (units / 10 of a node). */
    static BalanceContainer service(long workloadId, long environmentId, long host, double units) {
        return new BalanceContainer(workloadId, environmentId, host, units, units, units, WorkloadKind.SERVICE, false,
                false, null);
    }

    static BalanceContainer batch(long workloadId, long environmentId, long host, double units) {
        return new BalanceContainer(workloadId, environmentId, host, units, units, units, WorkloadKind.BATCH, false,
                false, null);
    }

    static BalanceContainer pinned(long workloadId, long environmentId, long host, double units) {
        return new BalanceContainer(workloadId, environmentId, host, units, units, units, WorkloadKind.SERVICE, true,
                false, null);
    }

    static BalanceContainer movedAt(BalanceContainer container, Instant at) {
        return container.movedTo(container.hostNodeId(), at);
    }
}
