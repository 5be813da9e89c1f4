package io.hyperchain.group;

import java.util.Set;

/**
 * One group as stored: its name, the group it sits in (null at the top) and the nodes put in it
 * directly (not those of the groups below it).
 */
public record GroupRow(long id, String name, Long parentId, Set<Long> nodeIds) {

    public GroupRow {
        nodeIds = Set.copyOf(nodeIds);
    }
}
