package io.hyperchain.web.api.doc;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of the environment's task manager; documentation only. */
public final class TaskSchemas {

    private TaskSchemas() {
    }

    @Schema(name = "TaskOrder", description = "A command to run in the environment")
    public static final class Order {
        @Schema(description = "The argument vector (an array, passed to exec as it is) or a line split into words "
                + "(quotes and backslash as a shell would; nothing else is special, no shell runs it)", required = true)
        List<String> command;
        @Schema(description = "Cores it reserves of the environment's (default 1)", nullable = true) Double cpu;
        @Schema(description = "GiB of memory it reserves (default 0.25)", nullable = true) Double memoryGiB;
        @Schema(enumeration = {"service", "batch"}, description = "A service is started again elsewhere when its node is "
                + "lost and may move with its container; a batch task never moves (default batch)", nullable = true) String kind;
        @Schema(description = "The node to run on, by name (default: the one with most room)", nullable = true) String node;
    }

    @Schema(name = "Task")
    public static final class Task {
        long id;
        List<String> command;
        @Schema(description = "The command as one line") String line;
        long nodeId;
        String nodeName;
        @Schema(enumeration = {"service", "batch"}) String kind;
        @Schema(enumeration = {"running", "exited", "killed", "lost"}) String state;
        @Schema(nullable = true) Integer exitCode;
        String startedAt;
        @Schema(nullable = true) String endedAt;
        double cpu;
        double memoryGiB;
        @Schema(nullable = true, description = "Cores it uses now (while running)") Double cpuNow;
        @Schema(nullable = true, description = "Resident memory now, in KiB (while running)") Long memoryKiBNow;
        @Schema(nullable = true, description = "The last bytes of its output") String outputTail;
        @Schema(nullable = true, description = "The lost service task this one started again") Long restartedFrom;
    }

    @Schema(name = "Machine", description = "The environment's running containers as one machine")
    public static final class Machine {
        int nodes;
        int cores;
        int memoryGiB;
        @Schema(nullable = true, description = "Percent busy by the containers' newest usage samples") Integer busyPercent;
        double reservedCpu;
        double reservedMemoryGiB;
    }

    @Schema(name = "TaskList")
    public static final class TaskList {
        Machine machine;
        @Schema(description = "The newest 50, newest first") List<Task> tasks;
    }
}
