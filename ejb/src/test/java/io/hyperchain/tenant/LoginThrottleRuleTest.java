package io.hyperchain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.tenant.LoginThrottlePolicy.History;
import io.hyperchain.tenant.LoginThrottlePolicy.Streak;
import io.hyperchain.tenant.LoginThrottlePolicy.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rule of docs/security.md played through with several sources: the policy decides, and a
 * small in-memory ledger keeps the counts the way LoginThrottle's upserts keep them in MariaDB.
 */
class LoginThrottleRuleTest {

    private static final LoginThrottlePolicy POLICY = LoginThrottlePolicy.STANDARD;
    private static final String ADMIN = "admin@hyperchain.local";
    private static final LoginSource OFFICE = LoginSource.of("203.0.113.10");
    private static final LoginSource STRANGER = LoginSource.of("198.51.100.66");

    /** LoginThrottle's three tables for one account, with the same reset rules as its SQL. */
    private static final class Ledger {
        final Map<LoginSource, Streak> streaks = new HashMap<>();
        final Map<LoginSource, Instant> successes = new HashMap<>();
        Window window = Window.NONE;

        Optional<Duration> waitFor(LoginSource source, Instant now) {
            return POLICY.waitFor(new History(streaks.getOrDefault(source, Streak.NONE), window,
                    Optional.ofNullable(successes.get(source))), now);
        }

        /** A try: refused while waiting (and not counted), else counted as a failure. Returns whether it was let through. */
        boolean fail(LoginSource source, Instant now) {
            if (waitFor(source, now).isPresent()) {
                return false;
            }
            var streak = streaks.get(source);
            streaks.put(source, streak == null || streak.lastFailure().isBefore(POLICY.streakCutoff(now))
                    ? new Streak(1, now) : new Streak(streak.failures() + 1, now));
            window = window.start().isBefore(POLICY.windowCutoff(now)) ? new Window(1, now)
                    : new Window(window.failures() + 1, window.start());
            return true;
        }

        void succeed(LoginSource source, Instant now) {
            streaks.remove(source);
            successes.put(source, now);
        }
    }

    private final Ledger admin = new Ledger();
    private Instant now = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void sixthFailureFromOneSourceMakesItWaitOneSecond() {
        for (int i = 0; i < 6; i++) {
            assertTrue(admin.fail(STRANGER, now));
        }
        assertEquals(Optional.of(Duration.ofSeconds(1)), admin.waitFor(STRANGER, now));
    }

    @Test
    void strangerTypingWrongPasswordsAtTheAdminsEmailDoesNotSlowTheAdmin() {
        admin.succeed(OFFICE, now.minus(Duration.ofDays(3)));
        // a stranger who keeps guessing for a day, once a minute
        Instant lastCounted = now;
        for (int i = 0; i < 24 * 60; i++) {
            if (admin.fail(STRANGER, now)) {
                lastCounted = now;
            }
            now = now.plus(Duration.ofMinutes(1));
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), admin.waitFor(STRANGER, lastCounted), "the stranger is slowed");
        assertEquals(Optional.empty(), admin.waitFor(OFFICE, now), "the admin's office is not");
        assertEquals(Optional.empty(), admin.waitFor(LoginSource.of("192.0.2.1"), now), "nor is a new place");
    }

    @Test
    void distributedGuessingSlowsNewSourcesButNotTheAdminsKnownSource() {
        admin.succeed(OFFICE, now.minus(Duration.ofDays(3)));
        // 101 failures from 21 addresses, 5 free tries each, within a minute
        for (int i = 0; i < 101; i++) {
            assertTrue(admin.fail(LoginSource.of("198.51.100." + (i / 5)), now.plusMillis(i)));
        }
        Instant later = now.plusSeconds(60);
        assertEquals(Optional.of(Duration.ofMinutes(14)), admin.waitFor(LoginSource.of("192.0.2.1"), later),
                "an address never seen waits until the window ends");
        assertEquals(Optional.empty(), admin.waitFor(OFFICE, later), "the admin's known source gets in");
        assertEquals(Optional.empty(), admin.waitFor(LoginSource.of("192.0.2.1"), now.plus(Duration.ofMinutes(15))),
                "after the window nobody waits for the account");
    }

    @Test
    void knownSourceIsLockedByItsOwnFailuresOnly() {
        admin.succeed(OFFICE, now.minus(Duration.ofDays(3)));
        for (int i = 0; i < 6; i++) {
            assertTrue(admin.fail(OFFICE, now));
        }
        now = now.plusSeconds(1);
        assertTrue(admin.fail(OFFICE, now));
        assertEquals(Optional.of(Duration.ofSeconds(2)), admin.waitFor(OFFICE, now));
        assertEquals(Optional.empty(), admin.waitFor(STRANGER, now), "another source is not slowed by the office's typos");
    }

    @Test
    void triesWhileWaitingAreRefusedAndDoNotGrowTheWait() {
        for (int i = 0; i < 6; i++) {
            admin.fail(STRANGER, now);
        }
        for (int i = 0; i < 50; i++) {
            assertEquals(false, admin.fail(STRANGER, now.plusMillis(10 * i)));
        }
        assertEquals(6, admin.streaks.get(STRANGER).failures());
    }

    @Test
    void successEndsOnlyThatSourcesStreak() {
        for (int i = 0; i < 6; i++) {
            admin.fail(OFFICE, now);
            admin.fail(STRANGER, now);
        }
        admin.succeed(OFFICE, now.plusSeconds(2));
        assertEquals(Optional.empty(), admin.waitFor(OFFICE, now.plusSeconds(2)));
        assertTrue(admin.fail(STRANGER, now.plusSeconds(2)));
        assertEquals(Optional.of(Duration.ofSeconds(2)), admin.waitFor(STRANGER, now.plusSeconds(2)),
                "the stranger's streak went on: its seventh failure");
    }

    @Test
    void failureADayAfterTheLastStartsANewStreak() {
        for (int i = 0; i < 16; i++) {
            admin.fail(STRANGER, now);
            now = now.plus(Duration.ofMinutes(15));
        }
        now = now.plus(Duration.ofHours(24));
        admin.fail(STRANGER, now);
        assertEquals(1, admin.streaks.get(STRANGER).failures());
    }
}
