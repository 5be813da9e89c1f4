package io.hyperchain.placement;

import static io.hyperchain.placement.NodeBuilder.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NotDrainingTest {

    private final NotDraining filter = new NotDraining();
    private final PlacementQuery query = PlacementQuery.of(1, 0.8);

    @Test
    void nodeInServiceIsAdmitted() {
        assertTrue(filter.admits(node(1).build(), query));
    }

    @Test
    void drainingNodeIsTurnedAway() {
        assertFalse(filter.admits(node(1).draining().build(), query));
    }

    @Test
    void ruleReadsOnlyTheNode() {
        assertFalse(filter.readsQuery());
    }

    @Test
    void tenantReadsThatNodesAreInMaintenance() {
        assertEquals("1 is in maintenance", filter.describeTurnedAway(1));
        assertEquals("2 are in maintenance", filter.describeTurnedAway(2));
        assertEquals("notDraining", filter.name());
    }
}
