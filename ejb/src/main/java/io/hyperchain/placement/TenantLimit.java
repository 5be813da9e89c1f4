package io.hyperchain.placement;

import java.util.Objects;

/** How many tenants a node can take. */
public final class TenantLimit {

    private TenantLimit() {
    }

    /**
     * The node's declared capacity holds floor(capacity / base) tenants in each dimension; the
     * scarcest dimension sets the limit, 0 when the node cannot hold even one base allotment.
     */
    public static int of(int capCpu, int capMemoryGiB, int capDiskGiB, BaseAllotment base) {
        Objects.requireNonNull(base, "base");
        requireNotNegative("capCpu", capCpu);
        requireNotNegative("capMemoryGiB", capMemoryGiB);
        requireNotNegative("capDiskGiB", capDiskGiB);
        return Math.min(capCpu / base.cpu(),
                Math.min(capMemoryGiB / base.memoryGiB(), capDiskGiB / base.diskGiB()));
    }

    private static void requireNotNegative(String name, int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException(name + " cannot be negative, was " + capacity);
        }
    }
}
