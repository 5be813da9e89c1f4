package io.hyperchain.cluster;

/**
 * A node joined the cluster, or came back into service: fired in the transaction that says so, for
 * what must reach the node's engine once it is committed (the template catalogue's images, P4.1).
 */
public record NodeInService(long nodeId) {
}
