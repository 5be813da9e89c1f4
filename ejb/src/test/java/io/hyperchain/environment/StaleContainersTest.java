package io.hyperchain.environment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.docker.ContainerSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaleContainersTest {

    private static Map<String, String> labels(int epoch) {
        return ContainerSpec.of("0123456789abcdef", 42, 7, 3, "node-3", ContainerSpec.BASE_IMAGE, 1, 1, epoch).labels();
    }

    @Test
    void aContainerItsWorkloadExpectsHereInItsEpochStays() {
        assertFalse(StaleContainers.stale("c", labels(2), Map.of("c", 2)));
    }

    @Test
    void aContainerOfAnOlderEpochIsStale() {
        assertTrue(StaleContainers.stale("c", labels(1), Map.of("c", 2)));
    }

    @Test
    void aContainerNoWorkloadHostedHereExpectsIsStale() {
        assertTrue(StaleContainers.stale("c", labels(2), Map.of()));
    }

    @Test
    void aContainerMadeBeforeEpochsExistedIsOlderThanAnyWorkload() {
        assertTrue(StaleContainers.stale("c", Map.of(ContainerSpec.LABEL_TENANT, "42"), Map.of("c", 1)));
    }

    @Test
    void theNodeHelperIsNeverATenantsContainer() {
        assertFalse(StaleContainers.stale("helper", Map.of(io.hyperchain.docker.HelperSpec.LABEL_HELPER, "v"), Map.of()));
    }
}
