package io.hyperchain.balance;

import io.hyperchain.placement.Load;
import java.time.Instant;
import java.util.Objects;

/**
 * One container of an environment on one node, with its measured absolute usage. Moving it moves
 * that usage: the source's share drops by usage over the source's capacity and the target's rises
 * by usage over the target's. {@code pinned} is the user's "do not migrate" (P1.9);
 * {@code lastMovedAt} is null when it never moved.
 */
public record BalanceContainer(long workloadId, long environmentId, long hostNodeId, double cpuCores,
                               double memoryGiB, double diskGiB, WorkloadKind kind, boolean pinned,
                               boolean leader, Instant lastMovedAt) {

    public BalanceContainer {
        requireUsage("cpuCores", cpuCores);
        requireUsage("memoryGiB", memoryGiB);
        requireUsage("diskGiB", diskGiB);
        Objects.requireNonNull(kind, "kind");
    }

    /** Its usage as shares of the given capacity. */
    public Load shareOf(Capacity capacity) {
        return new Load(cpuCores / capacity.cpuCores(), memoryGiB / capacity.memoryGiB(),
                diskGiB / capacity.diskGiB());
    }

    /** The same container after a move to {@code nodeId} at {@code at}. */
    public BalanceContainer movedTo(long nodeId, Instant at) {
        return new BalanceContainer(workloadId, environmentId, nodeId, cpuCores, memoryGiB, diskGiB, kind, pinned,
                leader, Objects.requireNonNull(at, "at"));
    }

    private static void requireUsage(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite amount of at least 0, was " + value);
        }
    }
}
