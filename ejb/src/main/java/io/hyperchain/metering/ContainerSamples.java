package io.hyperchain.metering;

import io.hyperchain.docker.ContainerSpec;
import io.hyperchain.docker.DockerGateway;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** P4.3: which of an engine's containers a sampling pass counts as a tenant's usage, and as whose. */
public final class ContainerSamples {

    private ContainerSamples() {
    }

    /**
     * A tenant's container of this installation is known by its labels: the tenant, the tenant's node
     * and the epoch it was made in. Helpers, other installations' and foreign containers are nobody's.
     */
    public static List<ContainerSample> onHost(long hostNodeId, Instant at, List<DockerGateway.ContainerUsage> used,
                                               String installation) {
        List<ContainerSample> samples = new ArrayList<>();
        for (var container : used) {
            var tenant = ContainerSpec.tenantOf(container.labels(), installation);
            var node = ContainerSpec.nodeOf(container.labels());
            if (tenant.isPresent() && node.isPresent()) {
                samples.add(new ContainerSample(at, tenant.get(), node.get(), hostNodeId,
                        ContainerSpec.epochOf(container.labels()), container.cores(), container.memoryBytes(),
                        container.diskBytes()));
            }
        }
        return samples;
    }

    /**
     * A workload counts once per pass: of two containers of one tenant's node (a stale one on a node
     * that answers again, or the one a move leaves while it copies), the newest epoch's. Sorted by
     * tenant and node, so concurrent passes lock rollup rows in the same order.
     */
    public static List<ContainerSample> newestEpochs(List<ContainerSample> samples) {
        Map<List<Long>, ContainerSample> newest = new TreeMap<>(Comparator.<List<Long>>comparingLong(key -> key.get(0))
                .thenComparingLong(key -> key.get(1)));
        for (var sample : samples) {
            newest.merge(List.of(sample.tenantId(), sample.nodeId()), sample,
                    (kept, other) -> other.epoch() > kept.epoch() ? other : kept);
        }
        return List.copyOf(newest.values());
    }
}
