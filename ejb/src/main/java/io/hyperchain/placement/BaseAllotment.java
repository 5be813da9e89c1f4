package io.hyperchain.placement;

/**
 * What one node gives one tenant (the seed's "base resource amount per node per user").
 * A tenant's request is divided by it to get a node count, and a node's capacity by it to get how
 * many tenants the node can take.
 */
public record BaseAllotment(int cpu, int memoryGiB, int diskGiB) {

    public static final int MAX_CPU = 1024;
    public static final int MAX_GIB = 65536;

    /** 2 CPUs, 4 GiB of memory and 20 GiB of disk per tenant per node. */
    public static final BaseAllotment DEFAULT = new BaseAllotment(2, 4, 20);

    public BaseAllotment {
        Ranges.require("baseCpu", cpu, 1, MAX_CPU);
        Ranges.require("baseMemoryGiB", memoryGiB, 1, MAX_GIB);
        Ranges.require("baseDiskGiB", diskGiB, 1, MAX_GIB);
    }

    /** The base amount in one dimension. */
    public int in(Dimension dimension) {
        return switch (dimension) {
            case CPU -> cpu;
            case MEMORY -> memoryGiB;
            case DISK -> diskGiB;
        };
    }
}
