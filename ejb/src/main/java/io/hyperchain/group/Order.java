package io.hyperchain.group;

import java.time.Duration;

/**
 * A group command as it is carried out on each member: what, with which argument (a shell
 * command, or null), on whose behalf (for the audit log) and how long each member may take.
 */
public record Order(GroupCommand command, String argument, String actor, Duration timeout) {
}
