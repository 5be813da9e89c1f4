package io.hyperchain.cluster;

import io.hyperchain.docker.DockerHost;

/**
 * An admin's request to add a node, already checked value by value; what its capacity leaves out
 * is read from the engine.
 */
public record NodeRegistration(NodeName name, DockerHost dockerHost, RequestedCapacity capacity) {
}
