package io.hyperchain.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hyperchain.cluster.NodeState;
import org.junit.jupiter.api.Test;

class TileShadeTest {

    private static NodeTile tile(NodeState state, boolean answering, Double load, boolean spare) {
        return new NodeTile(1, "node-1", state, answering, load, spare);
    }

    private static NodeTile active(Double load) {
        return tile(NodeState.ACTIVE, true, load, false);
    }

    @Test
    void anIdleNodeIsTheGreenestBand() {
        assertEquals("hc-tile hc-heat-0", TileShade.of(active(0.0)));
        assertEquals("hc-tile hc-heat-0", TileShade.of(active(0.099)));
    }

    @Test
    void theBandIsTheLoadInTenths() {
        assertEquals("hc-heat-6", TileShade.heat(0.61));
        assertEquals("hc-heat-6", TileShade.heat(0.69));
        assertEquals("hc-heat-7", TileShade.heat(0.70));
    }

    @Test
    void aFullOrOverCommittedNodeIsTheReddestBand() {
        assertEquals("hc-heat-10", TileShade.heat(1.0));
        assertEquals("hc-heat-10", TileShade.heat(1.7));
    }

    @Test
    void aNodeWithoutSamplesIsGrey() {
        assertEquals("hc-tile hc-heat-none", TileShade.of(active(null)));
    }

    @Test
    void aNodeThatDidNotAnswerIsLoudestWhateverItsState() {
        assertEquals("hc-tile hc-heat-3 hc-tile-down", TileShade.of(tile(NodeState.DRAINING, false, 0.3, false)));
    }

    @Test
    void maintenanceAndDrainingAreMarked() {
        assertEquals("hc-tile hc-heat-2 hc-tile-maintenance", TileShade.of(tile(NodeState.MAINTENANCE, true, 0.2, false)));
        assertEquals("hc-tile hc-heat-2 hc-tile-draining", TileShade.of(tile(NodeState.DRAINING, true, 0.2, false)));
    }

    @Test
    void theSpareIsMarkedOnTopOfItsHeat() {
        assertEquals("hc-tile hc-heat-0 hc-tile-spare", TileShade.of(tile(NodeState.ACTIVE, true, 0.05, true)));
    }

    @Test
    void onlyDownMaintenanceAndDrainingNodesNeedAttention() {
        assertEquals(false, active(0.95).needsAttention());
        assertEquals(true, tile(NodeState.ACTIVE, false, null, false).needsAttention());
        assertEquals(true, tile(NodeState.DRAINING, true, 0.1, false).needsAttention());
    }
}
