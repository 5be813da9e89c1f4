package io.hyperchain.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StartLayoutTest {

    private static final long OLD_SPARE = 8;
    private static final long NEW_SPARE = 9;

    @Test
    void aFirstStartPutsOneContainerOnEachTickedNode() {
        var layout = StartLayout.of(List.of(1L, 2L), List.of(), Optional.empty());
        assertEquals(Set.of(1L, 2L), layout.add());
        assertEquals(Set.of(), layout.remove());
    }

    @Test
    void anUntickedNodeLosesItsContainerAndATickedOneKeepsIt() {
        var layout = StartLayout.of(List.of(1L), List.of(1L, 2L), Optional.empty());
        assertEquals(Set.of(), layout.add());
        assertEquals(Set.of(2L), layout.remove());
        assertEquals(Set.of(1L), layout.desired());
    }

    @Test
    void aBusyTenantOnTheOldSpareMovesToTheNewSpare() {
        var layout = StartLayout.of(List.of(1L, 2L), List.of(1L, 2L, OLD_SPARE), Optional.of(NEW_SPARE));
        assertEquals(Set.of(NEW_SPARE), layout.add());
        assertEquals(Set.of(OLD_SPARE), layout.remove());
        assertEquals(Set.of(1L, 2L, NEW_SPARE), layout.desired());
    }

    @Test
    void aTenantNoLongerBusyLeavesTheOldSpareAndGetsNoNewOne() {
        var layout = StartLayout.of(List.of(1L), List.of(1L, OLD_SPARE), Optional.empty());
        assertEquals(Set.of(), layout.add());
        assertEquals(Set.of(OLD_SPARE), layout.remove());
    }

    @Test
    void theCurrentSpareKeepsItsContainer() {
        var layout = StartLayout.of(List.of(1L), List.of(1L, NEW_SPARE), Optional.of(NEW_SPARE));
        assertEquals(Set.of(), layout.add());
        assertEquals(Set.of(), layout.remove());
    }

    @Test
    void afterANewElectionTheEligibilityRuleAndTheLayoutMoveABusyTenant() {
        // the tenant's nodes 1 and 2 average 0.8 over the window; the spare was node 8, now node 9
        var averages = Map.of(1L, new NodeAverage(1, true, new Load(0.9, 0, 0), 10),
                2L, new NodeAverage(2, true, new Load(0.7, 0, 0), 10));
        var spare = Optional.of(NEW_SPARE).filter(id -> SpareEligibility.joins(id, List.of(1L, 2L), averages, 0.7));
        var layout = StartLayout.of(List.of(1L, 2L), List.of(1L, 2L, OLD_SPARE), spare);
        assertEquals(Set.of(NEW_SPARE), layout.add());
        assertEquals(Set.of(OLD_SPARE), layout.remove());
    }
}
