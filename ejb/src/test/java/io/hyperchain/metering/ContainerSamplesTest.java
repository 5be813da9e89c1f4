package io.hyperchain.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hyperchain.docker.ContainerSpec;
import io.hyperchain.docker.DockerGateway.ContainerUsage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerSamplesTest {

    private static final String INSTALLATION = "0123456789abcdef";
    private static final Instant AT = Instant.parse("2026-12-03T10:17:45Z");

    private static ContainerUsage tenants(long tenant, long node, int epoch, double cores) {
        var spec = ContainerSpec.of(INSTALLATION, tenant, 99, node, "node-" + node, "hyperchain/busybox:1", 1, 1, epoch);
        return new ContainerUsage(spec.name(), spec.labels(), cores, 1_000, 2_000);
    }

    private static ContainerSample sample(long tenant, long node, long host, int epoch) {
        return new ContainerSample(AT, tenant, node, host, epoch, 0.5, 1, 2);
    }

    @Test
    void aTenantsContainerIsKnownByItsLabelsAndSampledAsTheTenantsNodeOnItsHost() {
        var samples = ContainerSamples.onHost(3, AT, List.of(tenants(7, 1, 2, 0.25)), INSTALLATION);
        assertEquals(List.of(new ContainerSample(AT, 7, 1, 3, 2, 0.25, 1_000, 2_000)), samples,
                "hosted on node 3 after a failover, it is still tenant 7's container on node 1");
    }

    @Test
    void helpersOtherInstallationsAndForeignContainersAreNobodysUsage() {
        var otherInstallation = ContainerSpec.of("fedcba9876543210", 7, 99, 1, "node-1", "hyperchain/busybox:1", 1, 1, 1);
        var used = List.of(
                new ContainerUsage("courier", Map.of("io.hyperchain.helper", "courier"), 0.1, 10, 10),
                new ContainerUsage("postgres", Map.of(), 0.3, 10, 10),
                new ContainerUsage(otherInstallation.name(), otherInstallation.labels(), 0.2, 10, 10),
                new ContainerUsage("no-node", Map.of(ContainerSpec.LABEL_INSTALLATION, INSTALLATION,
                        ContainerSpec.LABEL_TENANT, "7"), 0.2, 10, 10),
                new ContainerUsage("bad-node", Map.of(ContainerSpec.LABEL_INSTALLATION, INSTALLATION,
                        ContainerSpec.LABEL_TENANT, "7", ContainerSpec.LABEL_NODE, "x"), 0.2, 10, 10));
        assertEquals(List.of(), ContainerSamples.onHost(1, AT, used, INSTALLATION));
    }

    @Test
    void aWorkloadCountsOnceAtItsNewestEpoch() {
        // the stale container on node 1 (epoch 1) answers again beside the one failed over to node 3 (epoch 2)
        var stale = sample(7, 1, 1, 1);
        var current = sample(7, 1, 3, 2);
        assertEquals(List.of(current), ContainerSamples.newestEpochs(List.of(stale, current)));
        assertEquals(List.of(current), ContainerSamples.newestEpochs(List.of(current, stale)));
    }

    @Test
    void differentWorkloadsAreAllKeptInTenantThenNodeOrder() {
        var a = sample(9, 1, 1, 1);
        var b = sample(7, 2, 2, 1);
        var c = sample(7, 1, 1, 1);
        assertEquals(List.of(c, b, a), ContainerSamples.newestEpochs(List.of(a, b, c)));
    }
}
