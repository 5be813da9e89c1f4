package io.hyperchain.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When every member must have answered, and how a member past it is shown. */
class CommandDeadlineTest {

    private static final Instant SENT = Instant.parse("2027-01-05T10:00:00Z");

    @Test
    void oneTimeoutPerRoundOfParallelMembersPlusGrace() {
        assertEquals(SENT.plusSeconds(35), CommandDeadline.of(SENT, 8, 8, Duration.ofSeconds(30)).at());
        assertEquals(SENT.plusSeconds(65), CommandDeadline.of(SENT, 9, 8, Duration.ofSeconds(30)).at(), "two rounds");
        assertEquals(SENT.plusSeconds(35), CommandDeadline.of(SENT, 1, 8, Duration.ofSeconds(30)).at());
        assertEquals(SENT.plusSeconds(15), CommandDeadline.of(SENT, 0, 8, Duration.ofSeconds(10)).at(), "at least one round");
        assertEquals(SENT.plusSeconds(35), CommandDeadline.of(SENT, 3, 1, Duration.ofSeconds(10)).at(), "one at a time");
    }

    @Test
    void aMemberStillPendingAfterTheDeadlineIsShownTimedOut() {
        var deadline = new CommandDeadline(SENT.plusSeconds(35));
        assertEquals(ResultState.PENDING, deadline.shown(ResultState.PENDING, SENT.plusSeconds(35)));
        assertEquals(ResultState.TIMED_OUT, deadline.shown(ResultState.PENDING, SENT.plusSeconds(36)));
    }

    @Test
    void anAnswerKeptIsShownAsItIsWhenever() {
        var deadline = new CommandDeadline(SENT);
        for (ResultState state : new ResultState[] {ResultState.OK, ResultState.FAILED, ResultState.TIMED_OUT}) {
            assertEquals(state, deadline.shown(state, SENT.plusSeconds(3600)));
        }
    }
}
