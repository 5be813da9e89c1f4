package io.hyperchain.web.api.doc;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of the tenant's environment and disks; documentation only. */
public final class EnvironmentSchemas {

    private EnvironmentSchemas() {
    }

    @Schema(name = "Environment")
    public static final class Environment {
        @Schema(description = "What the tenant asked for: RUNNING or STOPPED") String state;
        @Schema(nullable = true, description = "The template its containers run (null before its first start)") Long templateId;
        @Schema(nullable = true) String templateName;
        List<Container> containers;
        int totalCpu;
        int totalMemoryGiB;
        @Schema(nullable = true) Long leaderNodeId;
    }

    @Schema(name = "Container", description = "The tenant's container on one of its nodes")
    public static final class Container {
        long nodeId;
        @Schema(description = "What POST /workloads/{id}/{action} names; a new one after the environment is stopped and started again") long workloadId;
        String nodeName;
        @Schema(description = "STARTING, RUNNING, FAILED, ...") String state;
        boolean leader;
        boolean sharedSpare;
        @Schema(description = "Where it runs now (another node after a failover or a move)") long hostNodeId;
        String hostNodeName;
        boolean failedOver;
        int cpu;
        int memoryGiB;
        @Schema(enumeration = {"service", "batch"}) String kind;
        @Schema(description = "Pinned containers are never moved") boolean pinned;
        @Schema(enumeration = {"ON", "OFF", "PAUSED"}, description = "What its tenant's power controls left it at") String power;
        @Schema(nullable = true) String containerId;
        @Schema(nullable = true, description = "Why it is not running") String problem;
        @Schema(nullable = true, description = "The tenant's group it is in (lower case), kept through stops, failovers and moves") String group;
    }

    @Schema(name = "PowerResult", description = "The environment after a power action, and what the action did")
    public static final class PowerResult {
        @Schema(description = "STARTING or RUNNING or STOPPED") String state;
        @Schema(nullable = true) Long templateId;
        @Schema(nullable = true) String templateName;
        List<Container> containers;
        int totalCpu;
        int totalMemoryGiB;
        @Schema(nullable = true) Long leaderNodeId;
        @Schema(enumeration = {"poweron", "poweroff", "shutdown", "reset", "reboot", "pause"}) String action;
        long nodeId;
        long workloadId;
        @Schema(description = "false when there was nothing to do (e.g. powered off already)") boolean changed;
        String message;
    }

    @Schema(name = "ContainerUsage", description = "The tenant's containers' usage history over one range")
    public static final class Usage {
        @Schema(enumeration = {"hour", "day", "month"}, description = "The range asked for") String grain;
        @Schema(enumeration = {"MINUTE", "HOUR", "DAY"}, description = "What one point averages") String bucket;
        @Schema(format = "date-time", description = "The range's start (it ends now)") String since;
        List<UsageSeries> containers;
    }

    @Schema(name = "ContainerUsageSeries", description = "One of the tenant's containers, by the tenant's node it stands for")
    public static final class UsageSeries {
        long nodeId;
        String nodeName;
        @Schema(description = "Where it ran in the newest bucket (another node after a failover or a move)") long hostNodeId;
        String hostNodeName;
        @Schema(description = "Oldest first; a bucket without samples is left out") List<UsagePoint> points;
    }

    @Schema(name = "ContainerUsagePoint")
    public static final class UsagePoint {
        @Schema(format = "date-time", description = "The bucket's start (UTC)") String at;
        @Schema(description = "CPU cores used on average") double cpuCores;
        @Schema(description = "Memory used on average, bytes") long memoryBytes;
        @Schema(description = "The container's writable layer on disk on average, bytes") long diskBytes;
    }

    @Schema(name = "GroupPowerResult", description = "The environment after a group's power action, and each member's answer")
    public static final class GroupPowerResult {
        @Schema(description = "RUNNING (a group has containers only while the environment runs)") String state;
        List<Container> containers;
        int totalCpu;
        int totalMemoryGiB;
        @Schema(nullable = true) Long leaderNodeId;
        @Schema(description = "The group, in lower case") String group;
        @Schema(enumeration = {"poweron", "poweroff", "shutdown", "reset", "reboot", "pause"}) String action;
        @Schema(description = "One per container of the group, by node") List<GroupMember> members;
        @Schema(description = "How many members were refused or failed (0: all done)") int failures;
    }

    @Schema(name = "GroupMember", description = "One container's answer to its group's action: done (message) or not (code and error)")
    public static final class GroupMember {
        long nodeId;
        long workloadId;
        @Schema(description = "false when this container was refused or failed") boolean ok;
        @Schema(description = "false when there was nothing to do, or it failed") boolean changed;
        @Schema(nullable = true, description = "What was done, when ok") String message;
        @Schema(nullable = true, description = "Why not, when not ok: the code one container alone would get, e.g. container.off, container.powerFailed") String code;
        @Schema(nullable = true, description = "Why not, in words") String error;
    }

    @Schema(name = "EnvironmentStart", requiredProperties = "nodeIds")
    public static final class Start {
        @Schema(description = "Exactly these of the tenant's nodes run a container afterwards") List<Long> nodeIds;
        @Schema(nullable = true, description = "A ready template (GET /api/v1/templates); left out: the one the running "
                + "environment runs, or the default") Long templateId;
    }

    @Schema(name = "ContainerSettings", description = "Each may be left out: it then stays as it is")
    public static final class ContainerSettings {
        @Schema(enumeration = {"service", "batch"}) String kind;
        Boolean pinned;
        @Schema(nullable = true, maxLength = 40, pattern = "^[A-Za-z0-9_-]{1,40}$",
                description = "The tenant's group (kept in lower case); null takes the container out of its group") String group;
    }

    @Schema(name = "Disk")
    public static final class Disk {
        long id;
        long tenantId;
        String tenantName;
        long nodeId;
        String nodeName;
        @Schema(nullable = true) Long workloadId;
        long mainMiB;
        long usedMiB;
        int usedPercent;
        long subDiskUsedMiB;
        long subDiskFreeMiB;
        @Schema(description = "The sub disk is running low") boolean subDiskLow;
        String state;
        @Schema(nullable = true) Long pendingUpgradeMiB;
        @Schema(nullable = true) Long redirectReactionMillis;
        @Schema(nullable = true, format = "date-time") String redirectedAt;
    }

    @Schema(name = "DiskUpgradeRequest", requiredProperties = "newMainDiskGiB",
            description = "Names the disk by workloadId or by allotmentId")
    public static final class DiskUpgradeRequest {
        Long workloadId;
        Long allotmentId;
        int newMainDiskGiB;
    }
}
