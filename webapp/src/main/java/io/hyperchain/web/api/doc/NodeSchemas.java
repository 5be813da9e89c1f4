package io.hyperchain.web.api.doc;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of nodes, resource requests and node registration; documentation only. */
public final class NodeSchemas {

    private NodeSchemas() {
    }

    @Schema(name = "TenantNode", description = "One of the tenant's nodes")
    public static final class TenantNode {
        long id;
        String name;
        @Schema(description = "ACTIVE, DRAINING, MAINTENANCE, ...") String state;
        @Schema(description = "Whether the tenant's environment runs on it") boolean selected;
        int loadPercent;
        int assignedTenants;
    }

    @Schema(name = "Node", description = "A node as an admin sees it, with live facts from its engine")
    public static final class Node {
        long id;
        String name;
        String dockerHost;
        String state;
        int cpu;
        int memoryGiB;
        int diskGiB;
        int subDiskGiB;
        Engine engine;
    }

    @Schema(name = "Engine", description = "The node's Docker engine: version and containers when reachable, else the problem")
    public static final class Engine {
        boolean reachable;
        @Schema(nullable = true) String version;
        @Schema(nullable = true) Integer containers;
        @Schema(nullable = true) Integer runningContainers;
        @Schema(nullable = true) String problem;
    }

    @Schema(name = "SeenNode", description = "A tenant sees its TenantNodes, an admin every Node, other staff none",
            oneOf = {TenantNode.class, Node.class})
    public static final class SeenNode {
    }

    @Schema(name = "NodeRegistration", requiredProperties = {"name", "dockerHost"},
            description = "Capacity figures left out are read from the engine (and may not exceed it); subDiskGiB is 0 unless given")
    public static final class NodeRegistration {
        String name;
        @Schema(example = "tcp://10.0.0.5:2376") String dockerHost;
        Integer cpu;
        Integer memoryGiB;
        Integer diskGiB;
        Integer subDiskGiB;
    }

    @Schema(name = "ResourceRequest", requiredProperties = {"cpu", "memoryGiB", "diskGiB", "hoursPerDay"})
    public static final class ResourceRequest {
        int cpu;
        int memoryGiB;
        int diskGiB;
        @Schema(minimum = "1", maximum = "24") int hoursPerDay;
    }

    @Schema(name = "NodeCount", description = "How many nodes the tenant got, by which rule, and which")
    public static final class NodeCount {
        int nodeCount;
        String decidedBy;
        List<TenantNode> nodes;
    }
}
