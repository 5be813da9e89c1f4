package io.hyperchain.cluster;

/**
 * One of a tenant's nodes as the tenant sees it: its picture's caption, state and load, and
 * whether it is ticked. JavaBean getters for the pages.
 */
public record TenantNode(long id, String name, NodeState state, boolean selected, int loadPercent,
                         int assignedTenants) {

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getState() {
        return state.name();
    }

    public boolean isSelected() {
        return selected;
    }

    public int getLoadPercent() {
        return loadPercent;
    }

    public int getAssignedTenants() {
        return assignedTenants;
    }
}
