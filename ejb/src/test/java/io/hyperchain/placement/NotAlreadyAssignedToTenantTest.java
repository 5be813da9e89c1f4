package io.hyperchain.placement;

import static io.hyperchain.placement.NodeBuilder.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NotAlreadyAssignedToTenantTest {

    private final NotAlreadyAssignedToTenant filter = new NotAlreadyAssignedToTenant();
    private final PlacementQuery query = PlacementQuery.of(1, 0.8);

    @Test
    void nodeTheTenantDoesNotHaveIsAdmitted() {
        assertTrue(filter.admits(node(3).build(), new PlacementQuery(1, 0.8, Set.of(1L, 2L))));
    }

    @Test
    void nodeTheTenantAlreadyHasIsTurnedAway() {
        assertFalse(filter.admits(node(2).build(), new PlacementQuery(1, 0.8, Set.of(1L, 2L))));
    }

    @Test
    void newTenantCanHaveAnyNode() {
        assertTrue(filter.admits(node(2).build(), query));
        assertTrue(filter.readsQuery());
    }

    @Test
    void tenantReadsThatNodesAreAlreadyTheirs() {
        assertEquals("2 are already yours", filter.describeTurnedAway(2));
        assertEquals("notAlreadyAssignedToTenant", filter.name());
    }
}
