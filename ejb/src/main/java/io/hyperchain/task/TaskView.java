package io.hyperchain.task;

import java.time.Instant;
import java.util.List;

/**
 * One task as the tenant sees it: what runs where, how it stands, and, while it runs, what it uses
 * now as its container reports it (null when the container did not answer).
 */
public record TaskView(long id, List<String> argv, long nodeId, String nodeName, TaskKind kind, TaskState state,
                       Integer exitCode, Instant startedAt, Instant endedAt, double cpu, double memoryGiB,
                       Double cpuNow, Long memoryKiBNow, String tail, Long restartedFrom) {

    /** The command as a person would type it again. */
    public String line() {
        return CommandWords.join(argv);
    }

    public boolean running() {
        return state == TaskState.RUNNING;
    }
}
