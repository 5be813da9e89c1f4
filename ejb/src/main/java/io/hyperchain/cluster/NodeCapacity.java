package io.hyperchain.cluster;

import io.hyperchain.shared.DomainException;

/**
 * What a node offers: what its engine's machine has, or less where the admin reserved part of it
 * ({@link RequestedCapacity}). These figures, not a fresh {@code docker info}, are what placement
 * divides among tenants.
 */
public record NodeCapacity(int cpu, int memoryGiB, int diskGiB, int subDiskGiB) {

    static final int MAX_CPU = 1024;
    static final int MAX_GIB = 1 << 20;

    public NodeCapacity {
        require("cpu", cpu, 1, MAX_CPU);
        require("memoryGiB", memoryGiB, 1, MAX_GIB);
        require("diskGiB", diskGiB, 1, MAX_GIB);
        require("subDiskGiB", subDiskGiB, 0, MAX_GIB);
    }

    static void require(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw DomainException.invalid(field, field + ".range",
                    field + " must be between " + min + " and " + max + ".");
        }
    }

    // JavaBean getters for the pages (Jakarta EL 5 does not read record components)

    public int getCpu() {
        return cpu;
    }

    public int getMemoryGiB() {
        return memoryGiB;
    }

    public int getDiskGiB() {
        return diskGiB;
    }

    public int getSubDiskGiB() {
        return subDiskGiB;
    }
}
