package io.hyperchain.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubDiskPlanTest {

    @Test
    void theThresholdGrowsWithTheSubDiskAndIsAtLeastTwo() {
        assertEquals(5, SubDiskPlan.partitionThreshold(100 * 1024, 20 * 1024));
        assertEquals(50, SubDiskPlan.partitionThreshold(1000 * 1024, 20 * 1024));
        assertEquals(2, SubDiskPlan.partitionThreshold(10 * 1024, 20 * 1024));
        assertThrows(IllegalArgumentException.class, () -> SubDiskPlan.partitionThreshold(1024, 0));
    }

    @Test
    void belowTheThresholdAllShareThePool() {
        var plan = SubDiskPlan.partitions(100 * 1024, 20 * 1024, sizes(20, 40, 20, 20));
        assertTrue(plan.values().stream().allMatch(size -> size == 0), plan::toString);
    }

    @Test
    void fromTheThresholdOnPartitionsAreProportionalToTheMainAllotments() {
        var plan = SubDiskPlan.partitions(100 * 1024, 20 * 1024, sizes(20, 40, 20, 10, 10));
        assertEquals(20 * 1024, plan.get("c0"));
        assertEquals(40 * 1024, plan.get("c1"));
        assertEquals(10 * 1024, plan.get("c3"));
        assertTrue(plan.values().stream().mapToLong(Long::longValue).sum() <= 100 * 1024);
    }

    @Test
    void noSubDiskMeansNoPartitions() {
        assertTrue(SubDiskPlan.partitions(0, 20 * 1024, sizes(20, 20, 20)).values().stream().allMatch(v -> v == 0));
    }

    @Test
    void anExistingPartitionKeepsItsSizeAndOnlyNewOnesGetTheirShare() {
        // five containers were partitioned at 20 GiB each; a sixth arrives and every share shrinks
        Map<String, Long> current = new LinkedHashMap<>(sizes(20, 20, 20, 20, 20));
        var plan = SubDiskPlan.partitions(100 * 1024, 20 * 1024, sizes(20, 20, 20, 20, 20, 20), current);
        assertEquals(20 * 1024, plan.get("c0"), "made with 20 GiB, kept");
        assertEquals(20 * 1024, plan.get("c4"));
        assertEquals(100 * 1024 / 6, plan.get("c5"), "the newcomer gets the plan's share");
    }

    @Test
    void aPoolMemberGetsItsShareAndBelowTheThresholdEveryoneGoesBackToThePool() {
        var fromPool = SubDiskPlan.partitions(100 * 1024, 20 * 1024, sizes(20, 20, 20, 20, 20), sizes(0, 0, 0, 0, 0));
        assertEquals(20 * 1024, fromPool.get("c0"));
        var belowAgain = SubDiskPlan.partitions(100 * 1024, 20 * 1024, sizes(20, 20, 20), sizes(20, 20, 20));
        assertTrue(belowAgain.values().stream().allMatch(v -> v == 0), belowAgain::toString);
    }

    private static Map<String, Long> sizes(long... gib) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (int i = 0; i < gib.length; i++) {
            sizes.put("c" + i, gib[i] * 1024);
        }
        return sizes;
    }
}
