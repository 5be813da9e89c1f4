package io.hyperchain.placement;

import java.util.Objects;
import java.util.Optional;

/**
 * What placement knows of a node besides its tenants: whether it is in service or draining, and the
 * capacity its admin declared. With a tenant count, a base allotment and the spare it becomes the
 * {@link NodeSnapshot} the filters and scorers read.
 */
public record NodeFacts(long id, String name, boolean active, boolean draining, int cpu, int memoryGiB, int diskGiB) {

    public NodeFacts {
        Objects.requireNonNull(name, "name");
    }

    /** The node with this many tenants, nothing measured: its load is what they were promised (P1.2). */
    public NodeSnapshot snapshot(int tenants, BaseAllotment base, boolean spare) {
        return snapshot(tenants, base, spare, Optional.empty());
    }

    /** The node with this many tenants and its measured load, if any ({@link Load#measuredOr}). */
    public NodeSnapshot snapshot(int tenants, BaseAllotment base, boolean spare, Optional<Load> measured) {
        return new NodeSnapshot(id, name, active, draining, spare, TenantLimit.of(cpu, memoryGiB, diskGiB, base),
                tenants, Load.measuredOr(Load.fromAssignments(tenants, cpu, memoryGiB, diskGiB, base), measured));
    }
}
