package io.hyperchain.placement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpareEligibilityTest {

    private static NodeAverage node(long id, double cpu, long samples) {
        return new NodeAverage(id, true, new Load(cpu, 0.1, 0), samples);
    }

    @Test
    void busyNodesOnAverageEarnTheSpare() {
        assertTrue(SpareEligibility.mayUseSpare(List.of(node(1, 0.9, 5), node(2, 0.6, 5)), 0.7));
    }

    @Test
    void theThresholdItselfIsEnough() {
        assertTrue(SpareEligibility.mayUseSpare(List.of(node(1, 0.7, 5)), 0.7));
    }

    @Test
    void oneBusyNodeAmongQuietOnesIsNotEnough() {
        assertFalse(SpareEligibility.mayUseSpare(List.of(node(1, 0.95, 5), node(2, 0.1, 5), node(3, 0.1, 5)), 0.7));
    }

    @Test
    void nodesWithoutSamplesSayNothing() {
        assertTrue(SpareEligibility.mayUseSpare(List.of(node(1, 0.8, 5), node(2, 0, 0)), 0.7));
        assertFalse(SpareEligibility.mayUseSpare(List.of(node(2, 0, 0)), 0.7));
    }
}
