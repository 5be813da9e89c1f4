package io.hyperchain.group;

import java.time.Duration;
import java.time.Instant;

/**
 * When every member of a command must have answered. Members take turns, {@code parallelism} at a
 * time and each within the timeout, so the last turn ends no later than one timeout per round;
 * a little grace covers the hand-over between turns. A member still PENDING after this never
 * will be answered (the portal instance carrying the command out stopped): it is shown TIMED_OUT.
 */
public record CommandDeadline(Instant at) {

    /** Time for the hand-over between turns and the last write. */
    static final Duration GRACE = Duration.ofSeconds(5);

    public static CommandDeadline of(Instant sentAt, int members, int parallelism, Duration timeout) {
        int rounds = Math.max(1, (members + Math.max(1, parallelism) - 1) / Math.max(1, parallelism));
        return new CommandDeadline(sentAt.plus(timeout.multipliedBy(rounds)).plus(GRACE));
    }

    /** Rule: a member still PENDING once the deadline passed is shown TIMED_OUT; any other state stays. */
    public ResultState shown(ResultState stored, Instant now) {
        return stored == ResultState.PENDING && now.isAfter(at) ? ResultState.TIMED_OUT : stored;
    }
}
