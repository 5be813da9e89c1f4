package io.hyperchain.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeFactsTest {

    private final NodeFacts node = new NodeFacts(7, "node-7", true, false, 16, 32, 100);

    @Test
    void aSnapshotTakesTheTenantLimitFromTheScarcestDimension() {
        // 16/2 = 8, 32/4 = 8, 100/20 = 5: disk decides
        assertEquals(5, node.snapshot(0, BaseAllotment.DEFAULT, false).tenantLimit());
    }

    @Test
    void aSnapshotsLoadIsWhatItsTenantsWerePromised() {
        var snapshot = node.snapshot(2, BaseAllotment.DEFAULT, false);
        assertEquals(2, snapshot.assignedTenants());
        assertEquals(new Load(4 / 16.0, 8 / 32.0, 40 / 100.0), snapshot.load());
    }

    @Test
    void aMeasuredSnapshotsLoadIsWhatWasMeasuredAndItsLimitStillCountsSeats() {
        var measured = new Load(0.9, 0.1, 0.0);
        var snapshot = node.snapshot(2, BaseAllotment.DEFAULT, false, Optional.of(measured));
        assertEquals(measured, snapshot.load());
        assertEquals(5, snapshot.tenantLimit());
        assertEquals(2, snapshot.assignedTenants());
    }

    @Test
    void aSnapshotCarriesTheFlags() {
        var snapshot = new NodeFacts(7, "node-7", false, true, 16, 32, 100).snapshot(0, BaseAllotment.DEFAULT, true);
        assertFalse(snapshot.active());
        assertTrue(snapshot.draining());
        assertTrue(snapshot.spare());
        assertEquals("node-7", snapshot.name());
    }
}
