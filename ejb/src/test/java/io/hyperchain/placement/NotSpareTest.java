package io.hyperchain.placement;

import static io.hyperchain.placement.NodeBuilder.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NotSpareTest {

    private final NotSpare filter = new NotSpare();
    private final PlacementQuery query = PlacementQuery.of(1, 0.8);

    @Test
    void ordinaryNodeIsAdmitted() {
        assertTrue(filter.admits(node(1).build(), query));
    }

    @Test
    void spareNodeIsTurnedAway() {
        assertFalse(filter.admits(node(1).spare().build(), query));
    }

    @Test
    void ruleReadsOnlyTheNode() {
        assertFalse(filter.readsQuery());
    }

    @Test
    void tenantReadsThatTheSpareIsShared() {
        assertEquals("1 is held as the shared spare", filter.describeTurnedAway(1));
        assertEquals("notSpare", filter.name());
    }
}
