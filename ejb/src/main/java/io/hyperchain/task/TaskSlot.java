package io.hyperchain.task;

/**
 * One running container of an environment as task placement weighs it.
 *
 * @param nodeId       the tenant's node the container stands for
 * @param nodeName     its name, as the tenant knows it
 * @param hostNodeId   the engine it runs on now (another after a failover)
 * @param containerId  its id on that engine
 * @param cores        its CPU limit
 * @param hostIdle     the idle share of its host's CPU, measured (0 to 1)
 * @param reserved     the cores the environment's running tasks there reserve
 * @param tasks        how many of them there are
 */
public record TaskSlot(long nodeId, String nodeName, long hostNodeId, String containerId, int cores, double hostIdle,
                       double reserved, int tasks) {

    /** Cores free for another task: the container's share of its host's idle time, less what tasks reserve. */
    public double room() {
        return cores * Math.max(0, Math.min(1, hostIdle)) - reserved;
    }
}
