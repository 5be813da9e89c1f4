package io.hyperchain.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which running container of the environment a task goes to. */
class TaskPlacementTest {

    private static final Optional<String> ANY = Optional.empty();

    private static TaskSlot slot(long nodeId, int cores, double hostIdle, double reserved, int tasks) {
        return new TaskSlot(nodeId, "node-" + nodeId, 100 + nodeId, "c" + nodeId, cores, hostIdle, reserved, tasks);
    }

    private static long chosen(List<TaskSlot> slots, Optional<String> node) {
        return TaskPlacement.choose(slots, node).orElseThrow().nodeId();
    }

    @Test
    void roomIsTheCoresTimesTheHostsIdleShareLessWhatTasksReserve() {
        assertEquals(1.5, slot(1, 4, 0.5, 0.5, 1).room());
        assertEquals(-1.0, slot(1, 2, 0.5, 2, 2).room());
    }

    @Test
    void anIdleShareOutsideZeroToOneCountsAsItsNearestEnd() {
        assertEquals(2.0, slot(1, 2, 1.7, 0, 0).room());
        assertEquals(-0.5, slot(1, 2, -0.3, 0.5, 1).room());
    }

    @Test
    void theContainerWithTheMostRoomWins() {
        var slots = List.of(
                slot(1, 4, 0.5, 1, 1),  // room 1
                slot(2, 2, 1.0, 0, 0),  // room 2
                slot(3, 8, 0.1, 0, 0)); // room 0.8: the most cores, but a busy host
        assertEquals(2, chosen(slots, ANY));
        assertEquals(2, chosen(List.of(slots.get(2), slots.get(1), slots.get(0)), ANY));
    }

    @Test
    void aContainerWithTasksWinsWhenItStillHasMoreRoom() {
        assertEquals(1, chosen(List.of(slot(1, 8, 1.0, 5, 5), slot(2, 2, 1.0, 0, 0)), ANY));
    }

    @Test
    void equalRoomGoesToTheContainerWithFewerTasks() {
        var slots = List.of(
                slot(1, 4, 1.0, 2, 4),  // room 2, four tasks of half a core
                slot(2, 3, 1.0, 1, 1)); // room 2, one task
        assertEquals(2, chosen(slots, ANY));
        assertEquals(2, chosen(List.of(slots.get(1), slots.get(0)), ANY));
    }

    @Test
    void equalRoomAndTasksGoToTheLowerNodeId() {
        var slots = List.of(slot(12, 2, 1.0, 0, 0), slot(3, 2, 1.0, 0, 0), slot(7, 2, 1.0, 0, 0));
        assertEquals(3, chosen(slots, ANY));
        assertEquals(3, chosen(List.of(slots.get(2), slots.get(1), slots.get(0)), ANY));
    }

    @Test
    void equalContainersFillInTurn() {
        // three idle 2-core containers; six 1-core tasks, the slots built again after each as the service does
        Map<Long, Integer> tasks = new HashMap<>(Map.of(1L, 0, 2L, 0, 3L, 0));
        var order = new ArrayList<Long>();
        for (int task = 0; task < 6; task++) {
            var slots = tasks.entrySet().stream()
                    .map(e -> slot(e.getKey(), 2, 1.0, e.getValue(), e.getValue()))
                    .toList();
            long node = chosen(slots, ANY);
            order.add(node);
            tasks.merge(node, 1, Integer::sum);
        }
        assertEquals(List.of(1L, 2L, 3L, 1L, 2L, 3L), order);
        assertEquals(Map.of(1L, 2, 2L, 2, 3L, 2), tasks);
    }

    @Test
    void aNamedNodeIsChosenThoughAnotherHasMoreRoom() {
        var slots = List.of(slot(1, 8, 1.0, 0, 0), slot(2, 1, 0.2, 3, 3));
        assertTrue(slots.get(1).room() < 0);
        assertEquals(2, chosen(slots, Optional.of("node-2")));
    }

    @Test
    void aNodeIsNamedInAnyCase() {
        var slots = List.of(slot(1, 8, 1.0, 0, 0), slot(2, 2, 1.0, 0, 0));
        assertEquals(2, chosen(slots, Optional.of("NODE-2")));
        assertEquals(2, chosen(slots, Optional.of("Node-2")));
    }

    @Test
    void aNameNoContainerRunsOnChoosesNone() {
        var slots = List.of(slot(1, 8, 1.0, 0, 0), slot(2, 2, 1.0, 0, 0));
        assertEquals(Optional.empty(), TaskPlacement.choose(slots, Optional.of("node-3")));
        assertEquals(Optional.empty(), TaskPlacement.choose(slots, Optional.of("node")));
    }

    @Test
    void noRunningContainerChoosesNone() {
        assertEquals(Optional.empty(), TaskPlacement.choose(List.of(), ANY));
        assertEquals(Optional.empty(), TaskPlacement.choose(List.of(), Optional.of("node-1")));
    }

    @Test
    void theOnlyContainerIsChosenEvenWithoutRoom() {
        // the budget, not placement, says whether the environment has room
        assertEquals(1, chosen(List.of(slot(1, 1, 0.0, 1, 1)), ANY));
    }
}
