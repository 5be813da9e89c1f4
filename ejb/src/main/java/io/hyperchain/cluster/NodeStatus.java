package io.hyperchain.cluster;

import io.hyperchain.docker.EngineFacts;

/**
 * A node as the registry page shows it: declared facts plus what its engine said just now.
 * JavaBean getters because Jakarta EL 5 does not read record components.
 */
public record NodeStatus(long id, String name, String dockerHost, NodeCapacity capacity, NodeState state,
                         EngineFacts engine) {

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDockerHost() {
        return dockerHost;
    }

    public NodeCapacity getCapacity() {
        return capacity;
    }

    public String getState() {
        return state.name();
    }

    public EngineFacts getEngine() {
        return engine;
    }

    public boolean isReachable() {
        return engine.reachable();
    }
}
