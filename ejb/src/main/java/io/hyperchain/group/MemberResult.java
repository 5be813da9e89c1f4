package io.hyperchain.group;

import java.io.Serializable;
import java.time.Instant;

/**
 * One member's answer as it is shown now. JavaBean getters because Jakarta EL 5 does not read
 * record components.
 */
public record MemberResult(long nodeId, String nodeName, ResultState state, Integer exitCode, String output, String message,
                           Instant finishedAt) implements Serializable {

    /** What a member still PENDING after its command's deadline is told. */
    static final String ABANDONED = "no answer by the command's deadline (the portal instance carrying it out may have stopped)";

    static MemberResult stored(CommandResult row) {
        return new MemberResult(row.nodeId(), row.nodeName(), row.state(), row.exitCode(), row.output(), row.message(),
                row.finishedAt());
    }

    /** As it looks at {@code now}: PENDING past the deadline is TIMED_OUT, saying why. */
    MemberResult seen(CommandDeadline deadline, Instant now) {
        ResultState shown = deadline.shown(state, now);
        return shown == state ? this : new MemberResult(nodeId, nodeName, shown, exitCode, output, ABANDONED, finishedAt);
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

    public Integer getExitCode() {
        return exitCode;
    }

    public String getOutput() {
        return output;
    }

    public String getMessage() {
        return message;
    }

    public boolean isPending() {
        return state == ResultState.PENDING;
    }
}
