package io.hyperchain.group;

import java.time.Duration;

/**
 * One member's answer to a group command.
 *
 * @param output   what a command printed (at most {@link #OUTPUT_BYTES} of its end), or null
 * @param message  a line for people: what was done, or why not; or null
 * @param exitCode a shell command's exit code, else null
 */
public record MemberOutcome(ResultState state, String output, String message, Integer exitCode) {

    /** Output is kept up to this many bytes (its end: where a failing command says why). */
    public static final int OUTPUT_BYTES = 4096;

    /** A message is cut to this many characters (the column holds 1024). */
    static final int MESSAGE_CHARS = 1000;

    public MemberOutcome {
        if (state == null || state == ResultState.PENDING) {
            throw new IllegalArgumentException("an outcome is an answer, not " + state);
        }
        message = message == null || message.length() <= MESSAGE_CHARS ? message : message.substring(0, MESSAGE_CHARS - 1) + "…";
    }

    public static MemberOutcome ok(String message) {
        return new MemberOutcome(ResultState.OK, null, message, null);
    }

    public static MemberOutcome failed(String message) {
        return new MemberOutcome(ResultState.FAILED, null, message, null);
    }

    /** Rule: a command that ran to its end is OK with exit code 0 and FAILED with any other. */
    public static MemberOutcome exited(int exitCode, String output) {
        return new MemberOutcome(exitCode == 0 ? ResultState.OK : ResultState.FAILED, output, "exit " + exitCode, exitCode);
    }

    public static MemberOutcome timedOut(Duration timeout) {
        return new MemberOutcome(ResultState.TIMED_OUT, null, "no answer within " + timeout.toSeconds() + " s", null);
    }
}
