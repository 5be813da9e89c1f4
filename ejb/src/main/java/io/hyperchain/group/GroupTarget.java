package io.hyperchain.group;

import java.util.List;

/** A group resolved for a command: its id and name, and every node it reaches, each once. */
public record GroupTarget(long groupId, String groupName, List<Member> members) {

    public GroupTarget {
        members = List.copyOf(members);
    }
}
