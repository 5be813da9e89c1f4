package io.hyperchain.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MemberOutcomeTest {

    @Test
    void aCommandThatExitedZeroIsOkAndAnyOtherExitCodeFailed() {
        var ok = MemberOutcome.exited(0, "hi\n");
        assertEquals(ResultState.OK, ok.state());
        assertEquals(0, ok.exitCode());
        assertEquals("hi\n", ok.output());
        var failed = MemberOutcome.exited(2, "no such file");
        assertEquals(ResultState.FAILED, failed.state());
        assertEquals(2, failed.exitCode());
        assertEquals("exit 2", failed.message());
    }

    @Test
    void aTimeoutSaysHowLongItWaited() {
        var timedOut = MemberOutcome.timedOut(Duration.ofSeconds(30));
        assertEquals(ResultState.TIMED_OUT, timedOut.state());
        assertEquals("no answer within 30 s", timedOut.message());
    }

    @Test
    void aLongMessageIsCutToFitItsColumn() {
        assertEquals(MemberOutcome.MESSAGE_CHARS, MemberOutcome.failed("x".repeat(5000)).message().length());
    }

    @Test
    void pendingIsNoAnswer() {
        assertThrows(IllegalArgumentException.class, () -> new MemberOutcome(ResultState.PENDING, null, null, null));
    }
}
