package io.hyperchain.placement;

import static io.hyperchain.placement.NodeBuilder.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoadUnderThresholdTest {

    private final LoadUnderThreshold filter = new LoadUnderThreshold();
    private final PlacementQuery query = PlacementQuery.of(1, 0.8);

    @Test
    void nodeBelowTheThresholdIsAdmitted() {
        assertTrue(filter.admits(node(1).load(0.79).build(), query));
    }

    @Test
    void nodeAtTheThresholdIsTurnedAway() {
        assertFalse(filter.admits(node(1).load(0.8).build(), query));
    }

    @Test
    void busiestResourceDecidesNotCpuAlone() {
        assertFalse(filter.admits(node(1).load(new Load(0.1, 0.1, 0.95)).build(), query));
    }

    @Test
    void thresholdComesFromTheQuery() {
        var busy = node(1).load(0.85).build();
        assertFalse(filter.admits(busy, PlacementQuery.of(1, 0.8)));
        assertTrue(filter.admits(busy, PlacementQuery.of(1, 0.9)));
        assertTrue(filter.readsQuery());
    }

    @Test
    void tenantReadsThatNodesAreTooBusy() {
        assertEquals("2 are too busy", filter.describeTurnedAway(2));
    }
}
