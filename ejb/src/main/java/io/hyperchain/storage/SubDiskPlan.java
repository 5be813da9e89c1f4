package io.hyperchain.storage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * P2.4: how a node's sub disk is shared. Below a number of containers that grows with the sub
 * disk's size, all containers share one pool (partitioning a few would give each far more than it
 * needs); from that number on, each container gets a partition proportional to its main-disk
 * allotment.
 */
public final class SubDiskPlan {

    private SubDiskPlan() {
    }

    /**
     * The container count at which partitioning starts: one per typical allotment the sub disk
     * could hold, and never below two (one container alone has nothing to share).
     */
    public static int partitionThreshold(long subDiskMiB, long typicalMainMiB) {
        if (typicalMainMiB <= 0) {
            throw new IllegalArgumentException("typical main allotment must be positive");
        }
        return (int) Math.max(2, subDiskMiB / typicalMainMiB);
    }

    /**
     * Partition sizes in MiB by allotment name; 0 means the shared pool. The sizes add up to at
     * most the sub disk (rounded down).
     */
    public static Map<String, Long> partitions(long subDiskMiB, long typicalMainMiB, Map<String, Long> mainMiBByName) {
        Map<String, Long> plan = new LinkedHashMap<>();
        boolean partitioned = subDiskMiB > 0 && mainMiBByName.size() >= partitionThreshold(subDiskMiB, typicalMainMiB);
        long total = mainMiBByName.values().stream().mapToLong(Long::longValue).sum();
        mainMiBByName.forEach((name, main) -> plan.put(name,
                partitioned && total > 0 ? subDiskMiB * main / total : 0L));
        return plan;
    }
}
