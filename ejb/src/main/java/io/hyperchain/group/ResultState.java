package io.hyperchain.group;

/** Where one member's answer to a group command stands. */
public enum ResultState {
    /** Not answered yet. */
    PENDING,
    /** Done: the output or message says what it did. */
    OK,
    /** Refused or failed: the message says why (the engine's words, or a command's exit code). */
    FAILED,
    /** No answer within the timeout. */
    TIMED_OUT;

    public boolean finished() {
        return this != PENDING;
    }
}
