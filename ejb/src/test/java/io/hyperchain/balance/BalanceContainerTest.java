package io.hyperchain.balance;

import static io.hyperchain.balance.Fixtures.NOW;
import static io.hyperchain.balance.Fixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.placement.Load;
import org.junit.jupiter.api.Test;

class BalanceContainerTest {

    @Test
    void usageIsASharePerResourceOfTheNodesCapacity() {
        var container = new BalanceContainer(1, 2, 3, 4, 8, 50, WorkloadKind.SERVICE, false, false, null);
        assertEquals(new Load(0.25, 0.125, 0.05), container.shareOf(new Capacity(16, 64, 1000)));
    }

    @Test
    void movingKeepsTheUsageAndRecordsWhereAndWhen() {
        var moved = service(1, 2, 3, 1.5).movedTo(7, NOW);
        assertEquals(7, moved.hostNodeId());
        assertEquals(NOW, moved.lastMovedAt());
        assertEquals(1.5, moved.cpuCores());
    }

    @Test
    void negativeUsageAndEmptyCapacityAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new BalanceContainer(1, 2, 3, -1, 0, 0, WorkloadKind.SERVICE, false, false, null));
        assertThrows(IllegalArgumentException.class, () -> new Capacity(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Capacity(1, Double.NaN, 1));
    }

    @Test
    void aSnapshotWithAnEnvironmentTwiceOnOneNodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Rebalancer.plan(java.util.List.of(Fixtures.node(3, 0.5)),
                java.util.List.of(service(1, 2, 3, 1), service(2, 2, 3, 1)), 3, NOW, RebalancePolicy.defaults()));
    }
}
