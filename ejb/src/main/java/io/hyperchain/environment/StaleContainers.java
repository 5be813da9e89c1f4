package io.hyperchain.environment;

import io.hyperchain.docker.ContainerSpec;
import java.util.Map;

/** Which containers on a node must go: the rule the reconciler and the fencing of a returned node share. */
public final class StaleContainers {

    private StaleContainers() {
    }

    // Rule: a container of this installation is stale unless a workload hosted on its node expects it, in at least its epoch.
    public static boolean stale(String name, Map<String, String> labels, Map<String, Integer> expectedEpochs) {
        if (labels.containsKey(io.hyperchain.docker.HelperSpec.LABEL_HELPER)) {
            return false; // the node helper is the portal's own, never a workload
        }
        Integer epoch = expectedEpochs.get(name);
        return epoch == null || ContainerSpec.epochOf(labels) < epoch;
    }
}
