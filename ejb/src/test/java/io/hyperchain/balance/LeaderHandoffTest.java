package io.hyperchain.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.placement.Load;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeaderHandoffTest {

    private static Load load(double combined) {
        return new Load(combined, combined / 2, combined / 4);
    }

    private static final Map<Long, Load> SELECTED = Map.of(1L, load(0.9), 2L, load(0.5), 3L, load(0.3), 4L, load(0.85));

    @Test
    void aHotLeaderWhosePinnedWorkCannotMovePassesTheRoleToTheLeastLoadedNode() {
        assertEquals(Optional.of(3L), LeaderHandoff.newLeader(1, SELECTED, true, 0.8));
    }

    @Test
    void leaderOverThresholdKeepsTheRoleWhileTheLeaderIsUnderIt() {
        assertEquals(Optional.empty(), LeaderHandoff.newLeader(2, SELECTED, true, 0.8));
        assertTrue(LeaderHandoff.leaderOverThreshold(load(0.8), 0.8));
        assertFalse(LeaderHandoff.leaderOverThreshold(load(0.79), 0.8));
    }

    @Test
    void rebalancingCannotCoolItKeepsTheRoleWhenContainersCanMoveInstead() {
        assertEquals(Optional.empty(), LeaderHandoff.newLeader(1, SELECTED, false, 0.8));
    }

    @Test
    void underThresholdNeverHandsTheRoleToANodeAsHot() {
        assertEquals(Optional.empty(), LeaderHandoff.newLeader(1, Map.of(1L, load(0.9), 4L, load(0.85)), true, 0.8));
        assertFalse(LeaderHandoff.underThreshold(load(0.8), 0.8));
    }

    @Test
    void theBusiestResourceDecidesNotCpuAlone() {
        var loads = Map.of(1L, load(0.9), 2L, new Load(0.1, 0.7, 0.1), 3L, new Load(0.4, 0.4, 0.4));
        assertEquals(Optional.of(3L), LeaderHandoff.newLeader(1, loads, true, 0.8));
    }

    @Test
    void tiesGoToTheLowerId() {
        var loads = Map.of(1L, load(0.9), 7L, load(0.3), 5L, load(0.3));
        assertEquals(Optional.of(5L), LeaderHandoff.newLeader(1, loads, true, 0.8));
    }

    @Test
    void aLeaderOutsideTheSelectedNodesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LeaderHandoff.newLeader(9, SELECTED, true, 0.8));
    }
}
