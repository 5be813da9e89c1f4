package io.hyperchain.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.balance.WorkloadKind;
import io.hyperchain.environment.DesiredState;
import io.hyperchain.environment.EnvironmentView;
import io.hyperchain.environment.Power;
import io.hyperchain.environment.WorkloadState;
import io.hyperchain.task.TaskKind;
import io.hyperchain.task.TaskState;
import io.hyperchain.task.TaskView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskNodeTest {

    private static EnvironmentView.Container container(long nodeId, String name, WorkloadState state, Power power) {
        return new EnvironmentView.Container(nodeId, name, state, "c" + nodeId, null, 2, 4, nodeId == 1, false, nodeId, name,
                false, WorkloadKind.SERVICE, false, power, 100 + nodeId, null);
    }

    private static TaskView task(long id, long nodeId, TaskState state) {
        return new TaskView(id, List.of("sleep", "60"), nodeId, "n" + nodeId, TaskKind.BATCH, state, null, Instant.EPOCH, null,
                1, 0.25, null, null, null, null);
    }

    @Test
    void eachNodeCountsTheTasksRunningOnIt() {
        var environment = new EnvironmentView(DesiredState.RUNNING, 1L, null, null, List.of(
                container(1, "shared-1", WorkloadState.RUNNING, Power.ON), container(2, "shared-2", WorkloadState.RUNNING, Power.ON)));
        var nodes = TaskNode.of(environment, List.of(task(1, 1, TaskState.RUNNING), task(2, 1, TaskState.RUNNING),
                task(3, 1, TaskState.EXITED), task(4, 2, TaskState.KILLED)));
        assertEquals(List.of("shared-1", "shared-2"), nodes.stream().map(TaskNode::getNodeName).toList());
        assertEquals(2, nodes.get(0).getRunning());
        assertEquals(0, nodes.get(1).getRunning(), "ended tasks use nothing");
        assertTrue(nodes.get(0).isLeader());
    }

    @Test
    void onlyARunningPoweredOnContainerTakesTasks() {
        assertTrue(TaskNode.takesTasks(container(1, "a", WorkloadState.RUNNING, Power.ON)));
        assertFalse(TaskNode.takesTasks(container(1, "a", WorkloadState.RUNNING, Power.PAUSED)));
        assertFalse(TaskNode.takesTasks(container(1, "a", WorkloadState.RUNNING, Power.OFF)));
        assertFalse(TaskNode.takesTasks(container(1, "a", WorkloadState.STARTING, Power.ON)));
    }
}
