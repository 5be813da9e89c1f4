package io.hyperchain.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tree of groups: where a group may go, which nodes a group reaches, how the page lists it. */
class GroupTreeTest {

    // Seoul (nodes 1, 2)
    //   rack 1 (nodes 2, 3)
    //     shelf (node 4)
    //   rack 2 (node 5)
    // Busan (node 1)
    // empty
    private static final GroupTree TREE = GroupTree.of(List.of(
            new GroupRow(30, "shelf", 11L, Set.of(4L)),
            new GroupRow(10, "Seoul", null, Set.of(1L, 2L)),
            new GroupRow(12, "rack 2", 10L, Set.of(5L)),
            new GroupRow(11, "rack 1", 10L, Set.of(2L, 3L)),
            new GroupRow(20, "Busan", null, Set.of(1L)),
            new GroupRow(40, "empty", null, Set.of())));

    @Test
    void aGroupReachesItsOwnNodesAndThoseOfEveryGroupBelowItEachOnce() {
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), List.copyOf(TREE.resolve(10)));
        assertEquals(List.of(2L, 3L, 4L), List.copyOf(TREE.resolve(11)));
        assertEquals(List.of(4L), List.copyOf(TREE.resolve(30)));
    }

    @Test
    void anEmptyGroupOrOneThatDoesNotExistReachesNoNode() {
        assertTrue(TREE.resolve(40).isEmpty());
        assertTrue(TREE.resolve(99).isEmpty());
    }

    @Test
    void aGroupMayNotGoIntoItselfNorIntoAGroupBelowIt() {
        assertTrue(TREE.wouldCycle(10, 10L));
        assertTrue(TREE.wouldCycle(10, 11L), "its child");
        assertTrue(TREE.wouldCycle(10, 30L), "its grandchild");
        assertTrue(TREE.wouldCycle(11, 30L));
    }

    @Test
    void aGroupMayGoIntoASiblingAnUncleAnotherTreeOrTheTop() {
        assertFalse(TREE.wouldCycle(11, 12L), "a sibling");
        assertFalse(TREE.wouldCycle(30, 12L), "its parent's sibling");
        assertFalse(TREE.wouldCycle(30, 20L), "another tree");
        assertFalse(TREE.wouldCycle(11, null), "the top");
        assertFalse(TREE.wouldCycle(30, 10L), "its grandparent: up is never a circle");
    }

    @Test
    void belowHoldsEveryDescendantAndNotTheGroupItself() {
        assertEquals(Set.of(11L, 12L, 30L), TREE.below(10));
        assertEquals(Set.of(), TREE.below(30));
    }

    @Test
    void theWalkListsParentsBeforeChildrenAndSiblingsByName() {
        var steps = TREE.walk().stream().map(step -> step.group().name() + "@" + step.depth()).toList();
        assertEquals(List.of("Busan@0", "empty@0", "Seoul@0", "rack 1@1", "shelf@2", "rack 2@1"), steps);
    }

    @Test
    void thePathNamesTheGroupsFromTheTopDown() {
        assertEquals(List.of("Seoul", "rack 1", "shelf"), TREE.path(30));
        assertEquals(List.of("Busan"), TREE.path(20));
    }

    @Test
    void siblingsMayNotShareANameWhateverItsCaseButCousinsMay() {
        assertTrue(TREE.nameTaken(10L, "RACK 1", null));
        assertFalse(TREE.nameTaken(10L, "rack 1", 11L), "its own name, when it is the one renamed");
        assertFalse(TREE.nameTaken(20L, "rack 1", null), "under another parent");
        assertTrue(TREE.nameTaken(null, "busan", null), "at the top");
    }

    @Test
    void whetherAGroupHoldsGroups() {
        assertTrue(TREE.holdsGroups(10));
        assertFalse(TREE.holdsGroups(12));
    }

    @Test
    void aCircleInBadDataEndsTheWalkInsteadOfLoopingForEver() {
        var broken = GroupTree.of(List.of(new GroupRow(1, "a", 2L, Set.of(1L)), new GroupRow(2, "b", 1L, Set.of(2L)),
                new GroupRow(3, "top", null, Set.of(3L))));
        assertEquals(List.of(1L, 2L), List.copyOf(broken.resolve(1)));
        assertEquals(List.of("top"), broken.walk().stream().map(step -> step.group().name()).toList());
        assertEquals(2, broken.path(1).size());
    }
}
