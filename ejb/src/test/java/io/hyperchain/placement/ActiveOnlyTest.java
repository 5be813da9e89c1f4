package io.hyperchain.placement;

import static io.hyperchain.placement.NodeBuilder.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActiveOnlyTest {

    private final ActiveOnly filter = new ActiveOnly();
    private final PlacementQuery query = PlacementQuery.of(1, 0.8);

    @Test
    void activeNodeIsAdmitted() {
        assertTrue(filter.admits(node(1).build(), query));
    }

    @Test
    void nodeOutOfServiceIsTurnedAway() {
        assertFalse(filter.admits(node(1).inactive().build(), query));
    }

    @Test
    void ruleReadsOnlyTheNode() {
        assertFalse(filter.readsQuery());
    }

    @Test
    void tenantReadsWhyNodesWereTurnedAway() {
        assertEquals("1 is out of service", filter.describeTurnedAway(1));
        assertEquals("3 are out of service", filter.describeTurnedAway(3));
    }
}
