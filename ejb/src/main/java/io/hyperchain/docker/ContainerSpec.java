package io.hyperchain.docker;

import java.util.Map;

/**
 * What to run on a node for one workload: the same spec always yields the same container name,
 * so asking twice (a double click, a retry, two portal instances) makes one container.
 */
public record ContainerSpec(String name, String image, String hostname, int cpu, int memoryGiB,
                            Map<String, String> labels, String workspace) {

    /** Where the container sees its main-disk allotment (P2.1). */
    public static final String WORKSPACE = "/data";

    /**
     * The image every node comes with: the portal's own helpers run it, and it is the busybox
     * template's (P4.1); a tenant's container runs its environment's template's image.
     */
    public static final String BASE_IMAGE = "hyperchain/busybox:1";

    /**
     * Writable scratch on a read-only root: memory-backed, small, gone at a restart. /tmp says
     * exec: Docker mounts a tmpfs noexec unless told, and the task manager's hc lives there.
     */
    public static final Map<String, String> SCRATCH = Map.of("/tmp", "rw,exec,nosuid,nodev,size=64m",
            "/run", "rw,nosuid,nodev,noexec,size=8m");

    /** At most this many processes in a tenant's container: a fork bomb stops there, not at the node. */
    public static final long PIDS_LIMIT = 512;
    public static final String LABEL_INSTALLATION = "io.hyperchain.installation";
    public static final String LABEL_TENANT = "io.hyperchain.tenant";
    public static final String LABEL_ENVIRONMENT = "io.hyperchain.environment";
    public static final String LABEL_NODE = "io.hyperchain.node";
    /** The workload's epoch when this container was made: an older one than the workload's is stale (fencing). */
    public static final String LABEL_EPOCH = "io.hyperchain.epoch";

    public static ContainerSpec of(String installation, long tenantId, long environmentId, long nodeId,
                                   String nodeName, String image, int cpu, int memoryGiB, int epoch) {
        return new ContainerSpec(containerName(installation, tenantId, nodeId), image, nodeName, cpu, memoryGiB,
                Map.of(LABEL_INSTALLATION, installation,
                        LABEL_TENANT, Long.toString(tenantId),
                        LABEL_ENVIRONMENT, Long.toString(environmentId),
                        LABEL_NODE, Long.toString(nodeId),
                        LABEL_EPOCH, Integer.toString(epoch)), null);
    }

    /** The epoch a container was made in, from its labels; 0 (older than any workload) when it has none. */
    public static int epochOf(Map<String, String> labels) {
        try {
            return labels == null || labels.get(LABEL_EPOCH) == null ? 0 : Integer.parseInt(labels.get(LABEL_EPOCH));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The same container with its workspace: a host path on the node, mounted at {@link #WORKSPACE}. */
    public ContainerSpec withWorkspace(String hostPath) {
        return new ContainerSpec(name, image, hostname, cpu, memoryGiB, labels, hostPath);
    }

    /** The tenant a container belongs to, read from its labels; empty for another installation's or a foreign container. */
    public static java.util.Optional<Long> tenantOf(Map<String, String> labels, String installation) {
        if (labels == null || !installation.equals(labels.get(LABEL_INSTALLATION))) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Long.valueOf(labels.get(LABEL_TENANT)));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** The tenant's node a container stands for (its workload's node, wherever it is hosted), from its labels. */
    public static java.util.Optional<Long> nodeOf(Map<String, String> labels) {
        try {
            return labels == null || labels.get(LABEL_NODE) == null ? java.util.Optional.empty()
                    : java.util.Optional.of(Long.valueOf(labels.get(LABEL_NODE)));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** hc-&lt;installation prefix&gt;-t&lt;tenant&gt;-n&lt;node&gt;: unique per installation, tenant and node. */
    public static String containerName(String installation, long tenantId, long nodeId) {
        return "hc-" + installation.substring(0, 8) + "-t" + tenantId + "-n" + nodeId;
    }
}
