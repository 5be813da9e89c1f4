package io.hyperchain.tenant;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who must wait before the next password try, keyed by account <em>and</em> source (a
 * {@link LoginSource}: the client's IP address). Pure: no clock, no database. The rule, also in
 * docs/security.md:
 * <ol>
 *   <li>Each source has its own streak of failures on an account: the first {@code freeFailures}
 *       are free, then each further one makes that source wait {@code firstDelay}, doubling up to
 *       {@code maxDelay} (5 free, then 1 s, 2 s, 4 s … 15 min). The streak ends at a success from
 *       that source, or {@code forgetAfter} (24 h) after its last failure.</li>
 *   <li>One source's failures never slow another source, with one exception against distributed
 *       guessing: when an account collects more than {@code accountCeiling} failures from all sources
 *       within one {@code accountWindow} (100 in 15 min), every source that is not
 *       <em>known</em> waits until that window ends.</li>
 *   <li>A known source is one the account logged in from successfully within {@code knownFor}
 *       (90 days). It is only ever slowed by its own streak, so a stranger who types wrong passwords
 *       at the admin's e-mail cannot lock the admin out of the place it logs in from.</li>
 * </ol>
 * A wait is never extended by tries made while waiting: those are refused before the password is
 * checked and not counted.
 */
public record LoginThrottlePolicy(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter,
                                  int accountCeiling, Duration accountWindow, Duration knownFor) {

    public static final LoginThrottlePolicy STANDARD = new LoginThrottlePolicy(5, Duration.ofSeconds(1),
            Duration.ofMinutes(15), Duration.ofHours(24), 100, Duration.ofMinutes(15), Duration.ofDays(90));

    /** One source's unbroken run of failed logins on one account, and when the last one was. */
    public record Streak(int failures, Instant lastFailure) {
        public static final Streak NONE = new Streak(0, Instant.EPOCH);
    }

    /** An account's failed logins from all sources in the window that opened at {@code start}. */
    public record Window(int failures, Instant start) {
        public static final Window NONE = new Window(0, Instant.EPOCH);
    }

    /** What the database knows about one try: this source's streak, the account's window, the source's last success. */
    public record History(Streak streak, Window window, Optional<Instant> lastSuccessHere) {
    }

    /** A source's delay after this many consecutive failures: free ones, then doubling from the first delay to the cap. */
    public Duration delayAfter(int failures) {
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures - 1, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** What is left of the delay a source's own streak earned, counted from its last failure. */
    public Duration sourceWait(Streak streak, Instant now) {
        return remaining(streak.lastFailure().plus(delayAfter(streak.failures())), now);
    }

    /** Failures before this instant no longer count: the next failure from that source starts a new streak. */
    public Instant streakCutoff(Instant now) {
        return now.minus(forgetAfter);
    }

    /** A window that opened before this instant is over: the account's next failure opens a new one. */
    public Instant windowCutoff(Instant now) {
        return now.minus(accountWindow);
    }

    /** The account is under distributed guessing while its open window holds more failures than the ceiling. */
    public boolean overCeiling(Window window, Instant now) {
        return window.failures() > accountCeiling && window.start().isAfter(windowCutoff(now));
    }

    /** A source the account logged in from successfully within the last {@code knownFor} is known. */
    public boolean isKnown(Optional<Instant> lastSuccessHere, Instant now) {
        return lastSuccessHere.filter(at -> at.isAfter(now.minus(knownFor))).isPresent();
    }

    /** While the account is over its ceiling, an unknown source waits until the window ends; a known one never. */
    public Duration accountWait(Window window, boolean knownSource, Instant now) {
        if (knownSource || !overCeiling(window, now)) {
            return Duration.ZERO;
        }
        return remaining(window.start().plus(accountWindow), now);
    }

    /** How long this source must still wait before trying this account: the longer of the two waits, if any. */
    public Optional<Duration> waitFor(History history, Instant now) {
        Duration own = sourceWait(history.streak(), now);
        Duration shared = accountWait(history.window(), isKnown(history.lastSuccessHere(), now), now);
        Duration wait = own.compareTo(shared) >= 0 ? own : shared;
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    private static Duration remaining(Instant until, Instant now) {
        Duration left = Duration.between(now, until);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
