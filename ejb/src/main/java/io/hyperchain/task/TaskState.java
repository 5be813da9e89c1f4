package io.hyperchain.task;

import java.util.Locale;

/** Where a task stands: running, or how it ended. */
public enum TaskState {
    RUNNING,
    /** Its command ended by itself, with an exit code. */
    EXITED,
    /** Someone killed it. */
    KILLED,
    /** Its container or node went away with it; nobody knows how it would have ended. */
    LOST;

    public boolean ended() {
        return this != RUNNING;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
