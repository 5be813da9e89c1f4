package io.hyperchain.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A command as it is read: from the rows, with members left PENDING by a stopped instance shown TIMED_OUT. */
class CommandViewTest {

    private static final Instant SENT = Instant.parse("2027-01-05T10:00:00Z");

    private static CommandView seen(Instant now) {
        var deadline = CommandDeadline.of(SENT, 3, 8, Duration.ofSeconds(30));
        var pending = new MemberResult(1, "node-1", ResultState.PENDING, null, null, null, null);
        var pendingToo = new MemberResult(2, "node-2", ResultState.PENDING, null, null, null, null);
        var ok = new MemberResult(3, "node-3", ResultState.OK, 0, "hi\n", "exit 0", SENT.plusSeconds(1));
        return new CommandView(1, 3L, "rack 1", "health-check", null, "ops@example.com", SENT, deadline.at(),
                List.of(pending, pendingToo, ok)).at(now);
    }

    @Test
    void beforeTheDeadlinePendingMembersArePendingAndTheCommandIsNotDone() {
        var view = seen(SENT.plusSeconds(10));
        assertFalse(view.done());
        assertEquals(2, view.counts().get(ResultState.PENDING));
        assertEquals(1, view.counts().get(ResultState.OK));
        assertEquals(0, view.counts().get(ResultState.FAILED), "every state is counted, also at 0");
        assertEquals("health-check", view.command());
        assertEquals("rack 1", view.groupName());
    }

    @Test
    void afterTheDeadlineTheyAreShownTimedOutSayingWhyAndTheCommandIsDone() {
        var view = seen(SENT.plusSeconds(36));
        assertTrue(view.done());
        assertEquals(2, view.counts().get(ResultState.TIMED_OUT));
        assertTrue(view.results().get(0).message().contains("portal instance"), view.results().get(0).message());
        assertEquals("exit 0", view.results().get(2).message(), "an answer kept stays as it was");
        assertEquals(ResultState.OK, view.results().get(2).state());
    }
}
