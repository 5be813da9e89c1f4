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
        return partitions(subDiskMiB, typicalMainMiB, mainMiBByName, Map.of());
    }

    /**
     * The plan for a node whose containers already have partitions ({@code currentMiBByName}, 0 or
     * absent = the pool): a partition that exists keeps the size it was made with while the plan
     * still partitions. Each new container shrinks every share a little, and re-making every
     * partition at each start costs a mke2fs apiece — minutes on a busy node — so only new
     * partitions get the plan's share. The partition images are sparse: the sub disk may be
     * overcommitted this way, and the sub-disk-low warning covers that.
     */
    public static Map<String, Long> partitions(long subDiskMiB, long typicalMainMiB, Map<String, Long> mainMiBByName,
                                               Map<String, Long> currentMiBByName) {
        Map<String, Long> plan = shares(subDiskMiB, typicalMainMiB, mainMiBByName);
        plan.replaceAll((name, share) -> {
            long current = currentMiBByName.getOrDefault(name, 0L);
            return share > 0 && current > 0 ? current : share;
        });
        return plan;
    }

    private static Map<String, Long> shares(long subDiskMiB, long typicalMainMiB, Map<String, Long> mainMiBByName) {
        Map<String, Long> plan = new LinkedHashMap<>();
        boolean partitioned = subDiskMiB > 0 && mainMiBByName.size() >= partitionThreshold(subDiskMiB, typicalMainMiB);
        long total = mainMiBByName.values().stream().mapToLong(Long::longValue).sum();
        mainMiBByName.forEach((name, main) -> plan.put(name,
                partitioned && total > 0 ? subDiskMiB * main / total : 0L));
        return plan;
    }
}
