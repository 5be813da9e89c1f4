package io.hyperchain.placement;

/** Test nodes: by default active, not draining, not spare, room for 10 tenants, none assigned, idle. */
final class NodeBuilder {

    private final long id;
    private boolean active = true;
    private boolean draining;
    private boolean spare;
    private int tenantLimit = 10;
    private int assignedTenants;
    private Load load = Load.IDLE;

    private NodeBuilder(long id) {
        this.id = id;
    }

    static NodeBuilder node(long id) {
        return new NodeBuilder(id);
    }

    NodeBuilder inactive() {
        active = false;
        return this;
    }

    NodeBuilder draining() {
        draining = true;
        return this;
    }

    NodeBuilder spare() {
        spare = true;
        return this;
    }

    NodeBuilder limit(int tenants) {
        tenantLimit = tenants;
        return this;
    }

    NodeBuilder tenants(int tenants) {
        assignedTenants = tenants;
        return this;
    }

    /** Full: as many tenants as its limit. */
    NodeBuilder full() {
        assignedTenants = tenantLimit;
        return this;
    }

    NodeBuilder load(double combined) {
        load = new Load(combined, combined, combined);
        return this;
    }

    NodeBuilder load(Load perDimension) {
        load = perDimension;
        return this;
    }

    NodeSnapshot build() {
        return new NodeSnapshot(id, "node-" + id, active, draining, spare, tenantLimit, assignedTenants, load);
    }
}
