package io.hyperchain.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.placement.TenantLoads.TenantNodeAverage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantLoadsTest {

    private static NodeAverage node(long id, double load) {
        return new NodeAverage(id, true, new Load(load, 0, 0), 10);
    }

    @Test
    void overThePeriodTenantsSharingANodeAreJudgedByTheSameAverage() {
        var loads = TenantLoads.overPeriod(List.of(node(1, 0.9), node(2, 0.1)));
        assertEquals(List.of(node(1, 0.9)), loads.of(10, List.of(1L)));
        assertEquals(List.of(node(1, 0.9)), loads.of(11, List.of(1L)));
        assertEquals(LoadAveraging.PERIOD, loads.averaging());
    }

    @Test
    void overUsageHoursEachTenantSeesOnlyTheHoursItRan() {
        // node 1 was busy at night with tenant 11; tenant 10 ran in the quiet day hours
        var loads = TenantLoads.overUsageHours(List.of(new TenantNodeAverage(10, node(1, 0.15)),
                new TenantNodeAverage(11, node(1, 0.95))));
        assertEquals(0.15, loads.of(10, List.of(1L)).get(0).load().combined(), 1e-9);
        assertEquals(0.95, loads.of(11, List.of(1L)).get(0).load().combined(), 1e-9);
        assertEquals(LoadAveraging.USAGE_HOURS, loads.averaging());
    }

    @Test
    void aTenantThatNeverRanHasNothingMeasured() {
        var loads = TenantLoads.overUsageHours(List.of(new TenantNodeAverage(10, node(1, 0.5))));
        assertTrue(loads.of(12, List.of(1L)).isEmpty());
    }

    @Test
    void nodesWithoutAnAverageAreLeftOut() {
        var loads = TenantLoads.overPeriod(List.of(node(1, 0.9)));
        assertEquals(List.of(node(1, 0.9)), loads.of(10, List.of(1L, 2L)));
    }

    @Test
    void aTenantThatRanLittleButHardEarnsANodeOverUsageHoursAndNotOverThePeriod() {
        var overPeriod = TenantLoads.overPeriod(List.of(node(1, 0.3)));
        var overUsage = TenantLoads.overUsageHours(List.of(new TenantNodeAverage(10, node(1, 0.9))));
        assertEquals(QuotaAdjustmentPolicy.Kind.KEEP, QuotaAdjustmentPolicy.propose(1, overPeriod.of(10, List.of(1L)),
                0.8, 0.2, overPeriod.averaging()).kind());
        assertEquals(QuotaAdjustmentPolicy.Kind.INCREASE, QuotaAdjustmentPolicy.propose(1, overUsage.of(10, List.of(1L)),
                0.8, 0.2, overUsage.averaging()).kind());
    }
}
