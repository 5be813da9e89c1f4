package io.hyperchain.web.api.doc;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of node groups and group commands (P4.4); documentation only. */
public final class GroupSchemas {

    private GroupSchemas() {
    }

    @Schema(name = "Group", description = "A group of nodes: its own nodes, and the groups in it, nested")
    public static final class Group {
        long id;
        String name;
        @Schema(description = "The names from the top down, joined by \" / \"", example = "Seoul / rack 1") String path;
        @Schema(nullable = true, description = "The group it sits in; null at the top") Long parentId;
        @Schema(description = "The nodes put in this group itself") List<GroupMember> members;
        @Schema(description = "How many nodes a command to this group reaches: its own and those of every group below it, each once")
        int nodeCount;
        List<Group> groups;
    }

    @Schema(name = "GroupMember", description = "A node in a group")
    public static final class GroupMember {
        long id;
        String name;
        @Schema(enumeration = {"ACTIVE", "DRAINING", "MAINTENANCE"}) String state;
    }

    @Schema(name = "NewGroup", requiredProperties = "name")
    public static final class NewGroup {
        @Schema(description = "1 to 64 letters, digits, spaces, dots, hyphens, underscores; starts with a letter or digit",
                example = "rack 1") String name;
        @Schema(nullable = true, description = "The group to make it in; left out or null: at the top") Long parentId;
    }

    @Schema(name = "GroupChange", description = "What is named changes; what is left out stays. parentId null moves the group "
            + "to the top; into itself or a group below it is a 409 group.cycle")
    public static final class Change {
        String name;
        @Schema(nullable = true) Long parentId;
    }

    @Schema(name = "GroupMembers", requiredProperties = "nodeIds", description = "Exactly these nodes are the group's own")
    public static final class Members {
        List<Long> nodeIds;
    }

    @Schema(name = "GroupCommandRequest", requiredProperties = "command")
    public static final class CommandRequest {
        @Schema(enumeration = {"drain", "maintenance", "activate", "health-check", "shell", "pull-template"}) String command;
        @Schema(description = "For shell only: run with sh -c in each node's helper container (at most 4096 characters)",
                example = "uptime") String shell;
        @Schema(description = "For pull-template only: the template's name", example = "debian") String template;
    }

    @Schema(name = "GroupCommand", description = "A command sent to a group and one result per member node; poll it until done")
    public static final class Command {
        long id;
        @Schema(nullable = true, description = "null once the group was deleted") Long groupId;
        String groupName;
        @Schema(enumeration = {"drain", "maintenance", "activate", "health-check", "shell", "pull-template"}) String command;
        @Schema(description = "The shell command, for shell") String shell;
        String sentBy;
        @Schema(format = "date-time") String sentAt;
        @Schema(format = "date-time", description = "A member still PENDING after this is shown TIMED_OUT") String deadlineAt;
        @Schema(description = "Every member answered (or is past the deadline)") boolean done;
        @Schema(description = "Members by state: PENDING, OK, FAILED, TIMED_OUT") Counts counts;
        List<MemberResult> results;
    }

    @Schema(name = "GroupCommandCounts")
    public static final class Counts {
        int PENDING;
        int OK;
        int FAILED;
        int TIMED_OUT;
    }

    @Schema(name = "GroupCommandResult", description = "One member's answer")
    public static final class MemberResult {
        long nodeId;
        String nodeName;
        @Schema(enumeration = {"PENDING", "OK", "FAILED", "TIMED_OUT"}) String state;
        @Schema(nullable = true, description = "shell: the command's exit code (not 0: FAILED)") Integer exitCode;
        @Schema(nullable = true, description = "shell: the last 4 KiB of what it printed, stdout and stderr together") String output;
        @Schema(nullable = true, description = "What was done, or why not (the engine's words)") String message;
        @Schema(nullable = true, format = "date-time") String finishedAt;
    }
}
