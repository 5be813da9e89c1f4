package io.hyperchain.cluster;

import io.hyperchain.docker.DockerHost;

/** An admin's request to add a node, already checked value by value. */
public record NodeRegistration(NodeName name, DockerHost dockerHost, NodeCapacity capacity) {
}
