package io.hyperchain.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A node's load from one reading of its engine ({@link DockerGateway.Usage#of}). */
class EngineUsageTest {

    private static final String INSTALLATION = "0123456789abcdef";

    @Test
    void everyRunningContainerLoadsTheNodeButOnlyThisInstallationsTenantsRunThere() {
        var tenant = ContainerSpec.of(INSTALLATION, 7, 1, 2, "node-2", "hyperchain/busybox:1", 1, 1, 1);
        var elsewhere = ContainerSpec.of("fedcba9876543210", 8, 1, 2, "node-2", "hyperchain/busybox:1", 1, 1, 1);
        var usage = DockerGateway.Usage.of(List.of(
                new DockerGateway.ContainerUsage(tenant.name(), tenant.labels(), 0.5, 100, 1_000),
                new DockerGateway.ContainerUsage(elsewhere.name(), elsewhere.labels(), 0.25, 200, 2_000),
                new DockerGateway.ContainerUsage("courier", Map.of(HelperSpec.LABEL_HELPER, "courier"), 0.125, 400, 4_000)),
                INSTALLATION);
        assertEquals(0.875, usage.cores(), 1e-12);
        assertEquals(700, usage.memoryBytes());
        assertEquals(7_000, usage.diskBytes());
        assertEquals(Set.of(7L), usage.tenants());
    }

    @Test
    void anIdleEngineIsNoLoadAndNoTenant() {
        var usage = DockerGateway.Usage.of(List.of(), INSTALLATION);
        assertEquals(new DockerGateway.Usage(0, 0, 0, Set.of()), usage);
    }

    @Test
    void aContainersNodeIsItsLabelsWhereverItIsHosted() {
        assertEquals(java.util.Optional.of(2L), ContainerSpec.nodeOf(ContainerSpec.of(INSTALLATION, 7, 1, 2, "node-2", "hyperchain/busybox:1", 1, 1, 3).labels()));
        assertEquals(java.util.Optional.empty(), ContainerSpec.nodeOf(Map.of(ContainerSpec.LABEL_NODE, "two")));
        assertEquals(java.util.Optional.empty(), ContainerSpec.nodeOf(Map.of()));
        assertEquals(java.util.Optional.empty(), ContainerSpec.nodeOf(null));
    }
}
