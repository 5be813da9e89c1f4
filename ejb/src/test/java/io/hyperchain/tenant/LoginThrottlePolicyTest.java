package io.hyperchain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.tenant.LoginThrottlePolicy.History;
import io.hyperchain.tenant.LoginThrottlePolicy.Streak;
import io.hyperchain.tenant.LoginThrottlePolicy.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LoginThrottlePolicyTest {

    private static final LoginThrottlePolicy STANDARD = LoginThrottlePolicy.STANDARD;
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void standardPolicyHasTheDocumentedFigures() {
        assertEquals(5, STANDARD.freeFailures());
        assertEquals(Duration.ofSeconds(1), STANDARD.firstDelay());
        assertEquals(Duration.ofMinutes(15), STANDARD.maxDelay());
        assertEquals(Duration.ofHours(24), STANDARD.forgetAfter());
        assertEquals(100, STANDARD.accountCeiling());
        assertEquals(Duration.ofMinutes(15), STANDARD.accountWindow());
        assertEquals(Duration.ofDays(90), STANDARD.knownFor());
    }

    // delayAfter

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 1, 2, 3, 4, 5})
    void firstFiveFailuresAreFree(int failures) {
        assertEquals(Duration.ZERO, STANDARD.delayAfter(failures));
    }

    @ParameterizedTest
    @CsvSource({"6, 1", "7, 2", "8, 4", "9, 8", "10, 16", "14, 256", "15, 512"})
    void delayDoublesFromOneSecondWithEachFurtherFailure(int failures, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), STANDARD.delayAfter(failures));
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 17, 36, 37, 100, 1_000_000, Integer.MAX_VALUE})
    void delayStopsAtFifteenMinutes(int failures) {
        assertEquals(Duration.ofMinutes(15), STANDARD.delayAfter(failures));
    }

    @Test
    void ceilingIsReachedExactlyWhenTheDoubledDelayEqualsIt() {
        var policy = new LoginThrottlePolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(4), Duration.ofHours(1),
                100, Duration.ofMinutes(15), Duration.ofDays(1));
        assertEquals(Duration.ofMinutes(1), policy.delayAfter(1));
        assertEquals(Duration.ofMinutes(2), policy.delayAfter(2));
        assertEquals(Duration.ofMinutes(4), policy.delayAfter(3));
        assertEquals(Duration.ofMinutes(4), policy.delayAfter(4));
    }

    // sourceWait

    @Test
    void sourceWaitsTheRestOfTheDelayCountedFromItsLastFailure() {
        var streak = new Streak(8, NOW.minusSeconds(1));
        assertEquals(Duration.ofSeconds(3), STANDARD.sourceWait(streak, NOW));
    }

    @Test
    void sourceWhoseDelayHasPassedWaitsNoMore() {
        var streak = new Streak(8, NOW.minusSeconds(4));
        assertEquals(Duration.ZERO, STANDARD.sourceWait(streak, NOW));
        assertEquals(Duration.ZERO, STANDARD.sourceWait(new Streak(8, NOW.minusSeconds(60)), NOW));
    }

    @Test
    void sourceWithoutFailuresWaitsNothing() {
        assertEquals(Duration.ZERO, STANDARD.sourceWait(Streak.NONE, NOW));
    }

    // streakCutoff, windowCutoff

    @Test
    void streakIsForgottenADayAfterItsLastFailure() {
        assertEquals(NOW.minus(Duration.ofHours(24)), STANDARD.streakCutoff(NOW));
    }

    @Test
    void accountWindowEndsFifteenMinutesAfterItOpened() {
        assertEquals(NOW.minus(Duration.ofMinutes(15)), STANDARD.windowCutoff(NOW));
    }

    // overCeiling

    @Test
    void accountIsOverTheCeilingWithMoreThanAHundredFailuresInItsOpenWindow() {
        assertFalse(STANDARD.overCeiling(new Window(100, NOW.minusSeconds(60)), NOW));
        assertTrue(STANDARD.overCeiling(new Window(101, NOW.minusSeconds(60)), NOW));
    }

    @Test
    void anEndedWindowIsNotOverTheCeilingHoweverManyItHeld() {
        assertFalse(STANDARD.overCeiling(new Window(5_000, NOW.minus(Duration.ofMinutes(15))), NOW));
    }

    // isKnown

    @Test
    void sourceIsKnownAfterASuccessWithinNinetyDays() {
        assertTrue(STANDARD.isKnown(Optional.of(NOW.minus(Duration.ofDays(89))), NOW));
    }

    @Test
    void sourceIsNoLongerKnownNinetyDaysAfterItsLastSuccess() {
        assertFalse(STANDARD.isKnown(Optional.of(NOW.minus(Duration.ofDays(90))), NOW));
    }

    @Test
    void sourceWithoutSuccessIsUnknown() {
        assertFalse(STANDARD.isKnown(Optional.empty(), NOW));
    }

    // accountWait

    @Test
    void unknownSourceWaitsUntilTheWindowEndsWhileTheAccountIsOverTheCeiling() {
        var window = new Window(101, NOW.minus(Duration.ofMinutes(5)));
        assertEquals(Duration.ofMinutes(10), STANDARD.accountWait(window, false, NOW));
    }

    @Test
    void knownSourceNeverWaitsForTheAccount() {
        var window = new Window(10_000, NOW.minus(Duration.ofMinutes(5)));
        assertEquals(Duration.ZERO, STANDARD.accountWait(window, true, NOW));
    }

    @Test
    void unknownSourceDoesNotWaitForAnAccountUnderTheCeiling() {
        assertEquals(Duration.ZERO, STANDARD.accountWait(new Window(100, NOW.minusSeconds(1)), false, NOW));
    }

    // waitFor

    @Test
    void waitIsTheLongerOfTheSourcesOwnAndTheAccounts() {
        var streak = new Streak(16, NOW);
        var window = new Window(101, NOW.minus(Duration.ofMinutes(14)));
        assertEquals(Optional.of(Duration.ofMinutes(15)), STANDARD.waitFor(new History(streak, window, Optional.empty()), NOW));
        var shortStreak = new Streak(6, NOW);
        assertEquals(Optional.of(Duration.ofMinutes(1)),
                STANDARD.waitFor(new History(shortStreak, window, Optional.empty()), NOW));
    }

    @Test
    void knownSourceIsStillSlowedByItsOwnStreak() {
        var history = new History(new Streak(7, NOW), Window.NONE, Optional.of(NOW.minus(Duration.ofDays(1))));
        assertEquals(Optional.of(Duration.ofSeconds(2)), STANDARD.waitFor(history, NOW));
    }

    @Test
    void nothingToWaitForIsEmpty() {
        assertEquals(Optional.empty(), STANDARD.waitFor(new History(Streak.NONE, Window.NONE, Optional.empty()), NOW));
    }
}
