package io.hyperchain.placement;

import java.util.Objects;

/**
 * A node as placement sees it at one moment: its flags, how many tenants it can take and has,
 * and its load. Immutable; a change is a new snapshot.
 *
 * @param active          in service (not failed, not out for repair)
 * @param draining        in maintenance: keeps what runs, takes nothing new
 * @param spare           held aside as the shared spare node (P1.5)
 * @param tenantLimit     how many tenants it can take, see {@link TenantLimit}
 * @param assignedTenants how many it has; may exceed the limit after the capacity shrank
 */
public record NodeSnapshot(long id, String name, boolean active, boolean draining, boolean spare,
                           int tenantLimit, int assignedTenants, Load load) {

    public NodeSnapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(load, "load");
        if (tenantLimit < 0) {
            throw new IllegalArgumentException("tenantLimit cannot be negative, was " + tenantLimit);
        }
        if (assignedTenants < 0) {
            throw new IllegalArgumentException("assignedTenants cannot be negative, was " + assignedTenants);
        }
    }

    /** The same node with another number of assigned tenants. */
    public NodeSnapshot withAssignedTenants(int tenants) {
        return new NodeSnapshot(id, name, active, draining, spare, tenantLimit, tenants, load);
    }

    /** The same node with another load. */
    public NodeSnapshot withLoad(Load newLoad) {
        return new NodeSnapshot(id, name, active, draining, spare, tenantLimit, assignedTenants, newLoad);
    }
}
