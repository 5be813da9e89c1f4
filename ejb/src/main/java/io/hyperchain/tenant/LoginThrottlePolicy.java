package io.hyperchain.tenant;

import java.time.Duration;

/**
 * How long an e-mail is locked after failed logins: a few mistakes are free, then the wait
 * doubles with each further failure, up to a ceiling. Pure: no clock, no database.
 */
public record LoginThrottlePolicy(int freeFailures, Duration firstLock, Duration maxLock, Duration forgetAfter) {

    public static final LoginThrottlePolicy STANDARD =
            new LoginThrottlePolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(24));

    /** The lock that follows the given number of consecutive failures (zero when still free). */
    public Duration lockAfter(int failures) {
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures - 1, 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }
}
