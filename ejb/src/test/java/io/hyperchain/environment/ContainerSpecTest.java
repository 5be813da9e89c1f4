package io.hyperchain.environment;

import io.hyperchain.docker.ContainerSpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContainerSpecTest {

    private static final String INSTALLATION = "0123456789abcdef";

    @Test
    void aContainerOfThisInstallationNamesItsTenant() {
        var spec = ContainerSpec.of(INSTALLATION, 42, 7, 3, "node-3", "hyperchain/debian:12", 2, 4, 1);
        assertEquals(Optional.of(42L), ContainerSpec.tenantOf(spec.labels(), INSTALLATION));
    }

    @Test
    void anotherInstallationsOrAForeignContainerNamesNoTenant() {
        var spec = ContainerSpec.of("fedcba9876543210", 42, 7, 3, "node-3", "hyperchain/debian:12", 2, 4, 1);
        assertTrue(ContainerSpec.tenantOf(spec.labels(), INSTALLATION).isEmpty());
        assertTrue(ContainerSpec.tenantOf(Map.of(), INSTALLATION).isEmpty());
        assertTrue(ContainerSpec.tenantOf(null, INSTALLATION).isEmpty());
        assertTrue(ContainerSpec.tenantOf(Map.of(ContainerSpec.LABEL_INSTALLATION, INSTALLATION,
                ContainerSpec.LABEL_TENANT, "x"), INSTALLATION).isEmpty());
    }

    @Test
    void aContainerRunsTheImageItWasMadeFor() {
        var spec = ContainerSpec.of(INSTALLATION, 42, 7, 3, "node-3", "hyperchain/debian:12", 2, 4, 1);
        assertEquals("hyperchain/debian:12", spec.image());
        assertEquals("hyperchain/debian:12", spec.withWorkspace("/srv/hyperchain/t42").image(), "the workspace keeps it");
    }

    @Test
    void aContainerCarriesItsWorkloadsEpochAndOneWithoutIsOlderThanAny() {
        assertEquals(3, ContainerSpec.epochOf(ContainerSpec.of(INSTALLATION, 42, 7, 3, "node-3", "hyperchain/debian:12", 2, 4, 3).labels()));
        assertEquals(0, ContainerSpec.epochOf(Map.of()));
        assertEquals(0, ContainerSpec.epochOf(Map.of(ContainerSpec.LABEL_EPOCH, "x")));
    }
}
