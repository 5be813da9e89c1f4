package io.hyperchain.placement;

import static io.hyperchain.placement.NodeBuilder.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HasRoomForAnotherTenantTest {

    private final HasRoomForAnotherTenant filter = new HasRoomForAnotherTenant();
    private final PlacementQuery query = PlacementQuery.of(1, 0.8);

    @Test
    void nodeBelowItsLimitIsAdmitted() {
        assertTrue(filter.admits(node(1).limit(4).tenants(3).build(), query));
    }

    @Test
    void fullNodeIsTurnedAway() {
        assertFalse(filter.admits(node(1).limit(4).tenants(4).build(), query));
    }

    @Test
    void overCommittedNodeIsTurnedAway() {
        assertFalse(filter.admits(node(1).limit(2).tenants(5).build(), query));
    }

    @Test
    void nodeTooSmallForOneTenantIsTurnedAway() {
        assertFalse(filter.admits(node(1).limit(0).build(), query));
    }

    @Test
    void tenantReadsThatNodesAreFull() {
        assertEquals("4 are full", filter.describeTurnedAway(4));
        assertEquals("1 is full", filter.describeTurnedAway(1));
        assertFalse(filter.readsQuery());
    }
}
