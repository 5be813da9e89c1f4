package io.hyperchain.task;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where a task runs (P1.7, seed 001 [0057]): in the environment's running container with the most
 * room, by the same measured loads node placement reads; ties go to the one with fewer tasks,
 * then the lower node id, so equal containers fill in turn. Pure: the caller brings the figures.
 */
public final class TaskPlacement {

    private static final Comparator<TaskSlot> BEST = Comparator.comparingDouble(TaskSlot::room).reversed()
            .thenComparingInt(TaskSlot::tasks)
            .thenComparingLong(TaskSlot::nodeId);

    private TaskPlacement() {
    }

    /** The container for the task: the named node's when a name is given, else the roomiest; empty when none runs. */
    public static Optional<TaskSlot> choose(List<TaskSlot> slots, Optional<String> node) {
        if (node.isPresent()) {
            return slots.stream().filter(s -> s.nodeName().equalsIgnoreCase(node.get())).findFirst();
        }
        TaskSlot best = null;
        for (TaskSlot slot : slots) {
            if (best == null || BEST.compare(slot, best) < 0) {
                best = slot;
            }
        }
        return Optional.ofNullable(best);
    }
}
