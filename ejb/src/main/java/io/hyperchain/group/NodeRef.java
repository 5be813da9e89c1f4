package io.hyperchain.group;

import java.io.Serializable;

/** A node as a group lists it: id, name and state (ACTIVE, DRAINING, MAINTENANCE). Getters for the page's EL. */
public record NodeRef(long id, String name, String state) implements Serializable {

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getState() {
        return state;
    }
}
