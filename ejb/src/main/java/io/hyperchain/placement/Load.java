package io.hyperchain.placement;

import java.util.Objects;
import java.util.Optional;

/**
 * How busy a node is, per dimension, as a share of its capacity (0 idle, 1 full). Over 1 is kept:
 * a node can be over-committed when its declared capacity shrinks.
 */
public record Load(double cpu, double memory, double disk) {

    public static final Load IDLE = new Load(0, 0, 0);

    public Load {
        requireShare("cpu", cpu);
        requireShare("memory", memory);
        requireShare("disk", disk);
    }

    /** P3.1: a node is as busy as its busiest resource, not its CPU alone. */
    public double combined() {
        return Math.max(cpu, Math.max(memory, disk));
    }

    /**
     * Until load is measured, load is what is assigned: assigned tenants times the base allotment,
     * over the declared capacity, in each dimension.
     */
    public static Load fromAssignments(int assignedTenants, int capCpu, int capMem, int capDisk,
                                       BaseAllotment base) {
        Objects.requireNonNull(base, "base");
        if (assignedTenants < 0) {
            throw new IllegalArgumentException("assignedTenants cannot be negative, was " + assignedTenants);
        }
        return new Load(share(assignedTenants, base.cpu(), "capCpu", capCpu),
                share(assignedTenants, base.memoryGiB(), "capMem", capMem),
                share(assignedTenants, base.diskGiB(), "capDisk", capDisk));
    }

    /**
     * P1.2, P3.1: the load placement judges a node by. Measured, not the larger of measured and
     * promised: how many tenants fit is {@link HasRoomForAnotherTenant}'s question, from the seats.
     */
    // Rule: a node's measured average over the load window is its load; the promised load stands in only where nothing was measured.
    public static Load measuredOr(Load promised, Optional<Load> measured) {
        Objects.requireNonNull(promised, "promised");
        return measured.orElse(promised);
    }

    private static double share(int tenants, int perTenant, String name, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + capacity);
        }
        return (double) ((long) tenants * perTenant) / capacity;
    }

    private static void requireShare(String name, double share) {
        // NaN would break the scorers' ordering, so it is refused with the negatives
        if (!(share >= 0) || Double.isInfinite(share)) {
            throw new IllegalArgumentException(name + " load must be a finite share of at least 0, was " + share);
        }
    }
}
