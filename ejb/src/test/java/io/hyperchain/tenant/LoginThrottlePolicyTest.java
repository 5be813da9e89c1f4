package io.hyperchain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LoginThrottlePolicyTest {

    private static final LoginThrottlePolicy STANDARD = LoginThrottlePolicy.STANDARD;

    @Test
    void standardPolicyHasTheDocumentedFigures() {
        assertEquals(5, STANDARD.freeFailures());
        assertEquals(Duration.ofSeconds(30), STANDARD.firstLock());
        assertEquals(Duration.ofMinutes(15), STANDARD.maxLock());
        assertEquals(Duration.ofHours(24), STANDARD.forgetAfter());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void firstFiveFailuresAreFree(int failures) {
        assertEquals(Duration.ZERO, STANDARD.lockAfter(failures));
    }

    @Test
    void negativeFailureCountIsFree() {
        assertEquals(Duration.ZERO, STANDARD.lockAfter(-1));
    }

    @Test
    void firstFailureBeyondTheFreeOnesLocksForTheFirstLock() {
        assertEquals(Duration.ofSeconds(30), STANDARD.lockAfter(6));
    }

    @ParameterizedTest
    @CsvSource({"6, 30", "7, 60", "8, 120", "9, 240", "10, 480"})
    void lockDoublesWithEachFurtherFailure(int failures, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), STANDARD.lockAfter(failures));
    }

    @ParameterizedTest
    @ValueSource(ints = {11, 12, 20, 36, 37, 100, 1_000_000, Integer.MAX_VALUE})
    void lockStopsAtTheCeiling(int failures) {
        assertEquals(Duration.ofMinutes(15), STANDARD.lockAfter(failures));
    }

    @Test
    void ceilingIsReachedExactlyWhenTheDoubledLockEqualsIt() {
        var policy = new LoginThrottlePolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(4), Duration.ofHours(1));
        assertEquals(Duration.ofMinutes(1), policy.lockAfter(1));
        assertEquals(Duration.ofMinutes(2), policy.lockAfter(2));
        assertEquals(Duration.ofMinutes(4), policy.lockAfter(3));
        assertEquals(Duration.ofMinutes(4), policy.lockAfter(4));
    }

    @Test
    void policyWithNoFreeFailuresLocksOnTheFirstFailure() {
        var policy = new LoginThrottlePolicy(0, Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(1));
        assertEquals(Duration.ZERO, policy.lockAfter(0));
        assertEquals(Duration.ofSeconds(10), policy.lockAfter(1));
    }
}
