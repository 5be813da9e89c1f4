package io.hyperchain.environment;

import io.hyperchain.balance.WorkloadKind;

import java.util.List;

/**
 * A tenant's environment as the dashboard and GET /api/v1/environment show it; {@code templateId} and
 * {@code templateName} say what its containers run (null before its first start).
 */
public record EnvironmentView(DesiredState state, Long leaderNodeId, Long templateId, String templateName,
                              List<Container> containers) {

    /**
     * One container: where, in what state, why not if it failed, whether it may be moved (P1.8), its
     * tenant's power switch (P4.2), its workload's id (what POST /workloads/{id}/{action} names) and the
     * group its tenant put it in, or null (sql/V28).
     */
    public record Container(long nodeId, String nodeName, WorkloadState state, String containerId, String problem,
                            int cpu, int memoryGiB, boolean leader, boolean sharedSpare, long hostNodeId,
                            String hostNodeName, boolean failedOver, WorkloadKind kind, boolean pinned, Power power,
                            long workloadId, String group) {

        public long getWorkloadId() {
            return workloadId;
        }

        public String getGroup() {
            return group;
        }

        public String getPower() {
            return power.name();
        }

        /** Whether the power action of this API word ("poweroff", ...) has something to do and is allowed now. */
        public boolean allows(String action) {
            return PowerAction.byWord(action)
                    .map(a -> !a.alreadyDone(power, state) && a.refusal(power, state).isEmpty())
                    .orElse(false);
        }

        /** Runs on another node than its own now (a failover or a move): the page says where. */
        public boolean isElsewhere() {
            return hostNodeId != nodeId;
        }

        public String getHostNodeName() {
            return hostNodeName;
        }

        public boolean isFailedOver() {
            return failedOver;
        }

        public String getKind() {
            return kind.name();
        }

        public boolean isPinned() {
            return pinned;
        }

        public boolean isSharedSpare() {
            return sharedSpare;
        }

        public long getNodeId() {
            return nodeId;
        }

        public String getNodeName() {
            return nodeName;
        }

        public String getState() {
            return state.name();
        }

        public String getProblem() {
            return problem;
        }

        public boolean isLeader() {
            return leader;
        }
    }

    public boolean isRunning() {
        return state == DesiredState.RUNNING;
    }

    public String getTemplateName() {
        return templateName;
    }

    public List<Container> getContainers() {
        return containers;
    }

    /** Some container is still being prepared (a start answers after 20 s at most; its work goes on). */
    public boolean isAnyStarting() {
        return containers.stream().anyMatch(c -> c.state() == WorkloadState.STARTING);
    }

    public boolean isAnyFailed() {
        return containers.stream().anyMatch(c -> c.state() == WorkloadState.FAILED);
    }

    public int getTotalCpu() {
        return containers.stream().filter(c -> c.state() == WorkloadState.RUNNING).mapToInt(Container::cpu).sum();
    }

    public int getTotalMemoryGiB() {
        return containers.stream().filter(c -> c.state() == WorkloadState.RUNNING).mapToInt(Container::memoryGiB).sum();
    }

    /** Containers on the shared spare: not one of the tenant's nodes, lent while theirs are busy. */
    public List<Container> getSpareContainers() {
        return containers.stream().filter(Container::sharedSpare).toList();
    }

    /**
     * A group of the tenant's containers (sql/V28) and its members, by node. A power button of the group
     * is offered when it has something to do on at least one member; each member answers for itself.
     */
    public record Group(String name, List<Container> members) {

        public String getName() {
            return name;
        }

        public List<Container> getMembers() {
            return members;
        }

        public boolean allows(String action) {
            return members.stream().anyMatch(c -> c.allows(action));
        }
    }

    /** The tenant's groups, by name, each with its containers by node. */
    public List<Group> getGroups() {
        var byName = new java.util.TreeMap<String, List<Container>>();
        containers.stream().filter(c -> c.group() != null)
                .forEach(c -> byName.computeIfAbsent(c.group(), g -> new java.util.ArrayList<>()).add(c));
        return byName.entrySet().stream()
                .map(e -> new Group(e.getKey(), e.getValue().stream()
                        .sorted(java.util.Comparator.comparingLong(Container::nodeId)).toList()))
                .toList();
    }

    public Container containerOn(long nodeId) {
        return containers.stream().filter(c -> c.nodeId() == nodeId).findFirst().orElse(null);
    }
}
