package io.hyperchain.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpareEligibilityTest {

    private static final long SPARE = 9;

    private static NodeAverage node(long id, double cpu, long samples) {
        return new NodeAverage(id, true, new Load(cpu, 0.1, 0), samples);
    }

    private static final Map<Long, NodeAverage> AVERAGES = Map.of(
            1L, node(1, 0.9, 5), 2L, node(2, 0.6, 5), 3L, node(3, 0.1, 5), 4L, node(4, 0, 0),
            SPARE, node(SPARE, 0.02, 5));

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

    @Test
    void theSpareJoinsABusyTenant() {
        assertTrue(SpareEligibility.joins(SPARE, List.of(1L, 2L), AVERAGES, 0.7));
    }

    @Test
    void theSpareDoesNotJoinATenantHoldingItAlready() {
        assertFalse(SpareEligibility.joins(SPARE, List.of(1L, SPARE), Map.of(1L, node(1, 0.9, 5),
                SPARE, node(SPARE, 0.9, 5)), 0.7));
    }

    @Test
    void theSpareDoesNotJoinAQuietOrUnmeasuredTenant() {
        assertFalse(SpareEligibility.joins(SPARE, List.of(3L), AVERAGES, 0.7));
        assertFalse(SpareEligibility.joins(SPARE, List.of(4L), AVERAGES, 0.7));
        assertFalse(SpareEligibility.joins(SPARE, List.of(77L), AVERAGES, 0.7));
    }

    @Test
    void theAdminSeesExactlyTheTenantsTheSpareJoinsBusiestFirst() {
        var tenants = SpareEligibility.tenantsServed(SPARE, Map.of(
                10L, List.of(1L, 2L),          // mean 0.75: served
                11L, List.of(1L),              // 0.9: served, busiest
                12L, List.of(3L, 1L),          // 0.5: not
                13L, List.of(4L),              // never sampled: not
                14L, List.of(1L, SPARE)), AVERAGES, 0.7); // holds the spare itself: not
        assertEquals(List.of(11L, 10L), tenants.stream().map(SpareEligibility.BusyTenant::tenantId).toList());
        assertEquals(0.9, tenants.get(0).averageLoad(), 1e-9);
        assertEquals(0.75, tenants.get(1).averageLoad(), 1e-9);
    }

    @Test
    void equallyBusyTenantsAreListedById() {
        var tenants = SpareEligibility.tenantsServed(SPARE, Map.of(21L, List.of(1L), 20L, List.of(1L)), AVERAGES, 0.7);
        assertEquals(List.of(20L, 21L), tenants.stream().map(SpareEligibility.BusyTenant::tenantId).toList());
    }
}
