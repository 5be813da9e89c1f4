package io.hyperchain.web.ui;

import io.hyperchain.environment.EnvironmentView;
import io.hyperchain.environment.Power;
import io.hyperchain.environment.WorkloadState;
import io.hyperchain.task.TaskView;
import java.io.Serializable;
import java.util.List;

/**
 * One container of the environment as the tasks page draws it: its node's picture, its state, and
 * how many tasks run there now. JavaBean getters for the page.
 */
public record TaskNode(long nodeId, String nodeName, String state, String power, boolean leader, boolean up, long running)
        implements Serializable {

    /** The environment's containers in its order, each with the number of the listed tasks running on it. */
    static List<TaskNode> of(EnvironmentView environment, List<TaskView> tasks) {
        return environment.containers().stream().map(c -> new TaskNode(c.nodeId(), c.nodeName(), c.state().name(),
                c.power().name(), c.leader(), takesTasks(c),
                tasks.stream().filter(t -> t.running() && t.nodeId() == c.nodeId()).count())).toList();
    }

    /** A task can be started in a container that runs, powered on (not paused), as the task manager places them. */
    static boolean takesTasks(EnvironmentView.Container container) {
        return container.state() == WorkloadState.RUNNING && container.power() == Power.ON && container.containerId() != null;
    }

    public long getNodeId() {
        return nodeId;
    }

    public String getNodeName() {
        return nodeName;
    }

    public String getState() {
        return state;
    }

    public String getPower() {
        return power;
    }

    public boolean isLeader() {
        return leader;
    }

    /** Whether the form offers this node for a new task. */
    public boolean isUp() {
        return up;
    }

    public long getRunning() {
        return running;
    }
}
