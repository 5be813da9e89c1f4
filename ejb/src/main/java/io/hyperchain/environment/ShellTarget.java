package io.hyperchain.environment;

import io.hyperchain.docker.DockerHost;
import java.util.List;

/**
 * Where a tenant's browser shell lands: the leader container of their running environment, and
 * what to tell them about the whole environment (P1.7: one machine made of several nodes).
 *
 * @param leaderHost      the engine of the leader node
 * @param containerId     the leader container's id on that engine
 * @param nodeNames       every node of the environment, leader first
 * @param totalCpu        CPU cores of all the environment's containers together
 * @param totalMemoryGiB  memory of all the environment's containers together
 */
public record ShellTarget(DockerHost leaderHost, String containerId, List<String> nodeNames, int totalCpu,
                          int totalMemoryGiB) {
}
