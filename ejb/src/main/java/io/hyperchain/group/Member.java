package io.hyperchain.group;

/** A node a group command reaches: its id, its name and its engine's address. */
public record Member(long nodeId, String name, String dockerHost) {
}
