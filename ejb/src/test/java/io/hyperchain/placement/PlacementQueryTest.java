package io.hyperchain.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlacementQueryTest {

    @Test
    void queryAsksForAtLeastOneNode() {
        assertThrows(IllegalArgumentException.class, () -> PlacementQuery.of(0, 0.8));
    }

    @Test
    void loadThresholdIsAPositiveFiniteShare() {
        assertThrows(IllegalArgumentException.class, () -> PlacementQuery.of(1, 0));
        assertThrows(IllegalArgumentException.class, () -> PlacementQuery.of(1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> PlacementQuery.of(1, Double.POSITIVE_INFINITY));
    }

    @Test
    void alreadyAssignedNodesAreCopiedSoLaterChangesDoNotLeakIn() {
        var held = new HashSet<>(Set.of(1L, 2L));
        var query = new PlacementQuery(1, 0.8, held);
        held.add(3L);
        assertEquals(Set.of(1L, 2L), query.alreadyAssigned());
    }

    @Test
    void newTenantHasNoNodes() {
        assertEquals(Set.of(), PlacementQuery.of(2, 0.8).alreadyAssigned());
    }
}
