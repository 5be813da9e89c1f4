package io.hyperchain.task;

/**
 * The environment as one machine (P1.7): its running containers' nodes, cores and memory together,
 * how busy it is by their newest usage samples (null before the first one), and what running tasks
 * reserve of it.
 */
public record MachineLoad(int nodes, int cores, int memoryGiB, Double busyShare, double reservedCpu,
                          double reservedMemoryGiB) {

    /** Percent busy, rounded; null while unmeasured. */
    public Integer busyPercent() {
        return busyShare == null ? null : (int) Math.round(Math.min(1, Math.max(0, busyShare)) * 100);
    }
}
