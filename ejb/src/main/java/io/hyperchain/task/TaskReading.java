package io.hyperchain.task;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One task as its container reports it (task-stats.sh): state, exit code, the cores it used over
 * the last quarter second or so, resident memory and its output's tail. The container is the tenant's: a line it
 * garbled is skipped, never trusted further than its own task.
 */
public record TaskReading(long taskId, TaskState state, Integer exitCode, double cpuCores, long memoryKiB, String tail) {

    /** The readings in the script's output, by task id. */
    public static Map<Long, TaskReading> parse(String output) {
        var readings = new HashMap<Long, TaskReading>();
        for (String line : output.split("\n")) {
            parseLine(line).ifPresent(r -> readings.put(r.taskId(), r));
        }
        return readings;
    }

    static Optional<TaskReading> parseLine(String line) {
        String[] f = line.strip().split(" ");
        if (f.length != 7) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(f[0]);
            TaskState state = stateOf(f[1]).orElse(null);
            if (state == null) {
                return Optional.empty();
            }
            Integer code = f[2].equals("-") ? null : Integer.valueOf(f[2]);
            long ticks = Long.parseLong(f[3]);
            long span = Long.parseLong(f[4]);
            // both in Linux's USER_HZ (1/100 s): the share of one core over the span
            double cpu = span > 0 ? (double) ticks / span : 0;
            long memory = Long.parseLong(f[5]);
            String tail = f[6].equals("-") ? "" : new String(Base64.getDecoder().decode(f[6]), StandardCharsets.UTF_8);
            return Optional.of(new TaskReading(id, state, code, cpu, memory, tail));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A state word of the scripts: running, exited, killed or lost. */
    static Optional<TaskState> stateOf(String word) {
        for (TaskState s : TaskState.values()) {
            if (s.word().equals(word)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
