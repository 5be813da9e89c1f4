package io.hyperchain.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TenantLimitTest {

    @Test
    void scarcestDimensionSetsTheLimit() {
        // cpu 16/2 = 8, memory 64/4 = 16, disk 500/20 = 25
        assertEquals(8, TenantLimit.of(16, 64, 500, BaseAllotment.DEFAULT));
        // cpu 64/2 = 32, memory 64/4 = 16, disk 500/20 = 25
        assertEquals(16, TenantLimit.of(64, 64, 500, BaseAllotment.DEFAULT));
        // cpu 64/2 = 32, memory 256/4 = 64, disk 100/20 = 5
        assertEquals(5, TenantLimit.of(64, 256, 100, BaseAllotment.DEFAULT));
    }

    @Test
    void partialAllotmentsAreRoundedDown() {
        assertEquals(3, TenantLimit.of(7, 1000, 1000, BaseAllotment.DEFAULT));
    }

    @Test
    void nodeTooSmallForOneAllotmentTakesNoTenant() {
        assertEquals(0, TenantLimit.of(1, 64, 500, BaseAllotment.DEFAULT));
        assertEquals(0, TenantLimit.of(0, 0, 0, BaseAllotment.DEFAULT));
    }

    @Test
    void negativeCapacityIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TenantLimit.of(16, -1, 500, BaseAllotment.DEFAULT));
    }
}
