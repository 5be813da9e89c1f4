package io.hyperchain.metering;

import java.time.Instant;

/**
 * P4.3: what one tenant's container used at one sampling pass. It is the tenant's container on
 * {@code nodeId} (the tenant's node, as the tenant sees it), running on {@code hostNodeId} (the same
 * node, or another after a failover or a move) under the workload's {@code epoch}.
 */
public record ContainerSample(Instant at, long tenantId, long nodeId, long hostNodeId, int epoch, double cores,
                              long memoryBytes, long diskBytes) {

    /** Its row of the container rollups. */
    RollupTable.Row rollupRow() {
        return new RollupTable.Row(java.util.List.of(tenantId, nodeId), at,
                java.util.List.of(cores, (double) memoryBytes, (double) diskBytes), java.util.List.of(hostNodeId));
    }
}
