package io.hyperchain.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A group as the API and the page show it. */
class GroupBranchTest {

    @Test
    void theBranchesFlattenParentsBeforeChildren() {
        var leaf = new GroupBranch(3, "shelf", 2L, 2, List.of("a", "b", "shelf"), List.of(), 0, List.of());
        var mid = new GroupBranch(2, "b", 1L, 1, List.of("a", "b"), List.of(), 0, List.of(leaf));
        var other = new GroupBranch(4, "c", 1L, 1, List.of("a", "c"), List.of(), 0, List.of());
        var root = new GroupBranch(1, "a", null, 0, List.of("a"), List.of(new NodeRef(9, "n9", "ACTIVE")), 1, List.of(mid, other));
        assertEquals(List.of(1L, 2L, 3L, 4L), GroupBranch.flatten(List.of(root)).stream().map(GroupBranch::id).toList());
        assertEquals("a / b / shelf", leaf.getPath());
    }

    @Test
    void theIndentationStopsAtSixLevels() {
        assertEquals(6, new GroupBranch(1, "deep", 2L, 9, List.of("deep"), List.of(), 0, List.of()).getDepth());
    }
}
