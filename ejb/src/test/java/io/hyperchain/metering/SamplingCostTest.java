package io.hyperchain.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SamplingCostTest {

    @Test
    void theShareIsCpuTimeOverTheIntervalTimesTheNodes() {
        var cost = new SamplingCost(Duration.ofNanos(13_500_000), Duration.ofSeconds(15), 6);
        assertEquals(0.00015, cost.shareOfCorePerNode(), 1e-12, "13.5 ms over 6 nodes every 15 s: 0.015 % of a core each");
    }

    @Test
    void aPassThatFoundNoNodeCountsItsWholeCostAgainstOne() {
        assertEquals(0.001, new SamplingCost(Duration.ofMillis(15), Duration.ofSeconds(15), 0).shareOfCorePerNode(), 1e-12);
    }

    @Test
    void thePassIsWithinBudgetBelowATenthOfAPercentOfACorePerNode() {
        assertTrue(new SamplingCost(Duration.ofMillis(74), Duration.ofSeconds(15), 5).withinBudget());
        assertFalse(new SamplingCost(Duration.ofMillis(75), Duration.ofSeconds(15), 5).withinBudget(), "at the budget is over it");
        assertFalse(new SamplingCost(Duration.ofMillis(200), Duration.ofSeconds(15), 5).withinBudget());
    }

    @Test
    void aLongerIntervalMakesTheSamePassCheaper() {
        var often = new SamplingCost(Duration.ofMillis(30), Duration.ofSeconds(15), 2);
        var seldom = new SamplingCost(Duration.ofMillis(30), Duration.ofSeconds(60), 2);
        assertEquals(often.shareOfCorePerNode() / 4, seldom.shareOfCorePerNode(), 1e-12);
    }

    @Test
    void aCostNeedsAnIntervalAndNoNegativeFigures() {
        assertThrows(IllegalArgumentException.class, () -> new SamplingCost(Duration.ofMillis(1), Duration.ZERO, 1));
        assertThrows(IllegalArgumentException.class, () -> new SamplingCost(Duration.ofMillis(-1), Duration.ofSeconds(15), 1));
        assertThrows(IllegalArgumentException.class, () -> new SamplingCost(Duration.ofMillis(1), Duration.ofSeconds(15), -1));
    }
}
