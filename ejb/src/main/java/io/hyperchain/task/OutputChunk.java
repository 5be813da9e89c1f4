package io.hyperchain.task;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A task's output read from a byte on (task-read.sh): where it really starts (later than asked when
 * that part was dropped to keep the output bounded), the bytes, and the task's state then.
 */
public record OutputChunk(long from, byte[] bytes, TaskState state, Integer exitCode) {

    /** The byte to ask from next time. */
    public long next() {
        return from + bytes.length;
    }

    /** Parses "STATE CODE FROM\n" and the bytes after it; empty when garbled. */
    public static Optional<OutputChunk> parse(byte[] raw) {
        int newline = -1;
        for (int i = 0; i < raw.length && i < 100; i++) {
            if (raw[i] == '\n') {
                newline = i;
                break;
            }
        }
        if (newline < 0) {
            return Optional.empty();
        }
        String[] head = new String(raw, 0, newline, StandardCharsets.US_ASCII).split(" ");
        if (head.length != 3) {
            return Optional.empty();
        }
        try {
            var state = TaskReading.stateOf(head[0]);
            if (state.isEmpty()) {
                return Optional.empty();
            }
            Integer code = head[1].equals("-") ? null : Integer.valueOf(head[1]);
            long from = Long.parseLong(head[2]);
            return Optional.of(new OutputChunk(from, Arrays.copyOfRange(raw, newline + 1, raw.length), state.get(), code));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
