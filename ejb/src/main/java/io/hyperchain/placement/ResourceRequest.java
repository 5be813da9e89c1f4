package io.hyperchain.placement;

/**
 * What a tenant asks for: CPUs, memory and disk for their whole environment, and how many hours a
 * day they mean to use it. The hours do not change the node count (P1.1 divides the amounts); they
 * feed billing and the periodic adjustment (P1.6).
 */
public record ResourceRequest(int cpu, int memoryGiB, int diskGiB, int hoursPerDay) {

    public static final int MAX_CPU = 4096;
    public static final int MAX_MEMORY_GIB = 262_144;
    public static final int MAX_DISK_GIB = 1_048_576;
    public static final int MAX_HOURS_PER_DAY = 24;

    public ResourceRequest {
        Ranges.require("cpu", cpu, 1, MAX_CPU);
        Ranges.require("memoryGiB", memoryGiB, 1, MAX_MEMORY_GIB);
        Ranges.require("diskGiB", diskGiB, 1, MAX_DISK_GIB);
        Ranges.require("hoursPerDay", hoursPerDay, 1, MAX_HOURS_PER_DAY);
    }

    /** The requested amount in one dimension. */
    public int in(Dimension dimension) {
        return switch (dimension) {
            case CPU -> cpu;
            case MEMORY -> memoryGiB;
            case DISK -> diskGiB;
        };
    }
}
