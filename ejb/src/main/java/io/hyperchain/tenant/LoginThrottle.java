package io.hyperchain.tenant;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing per e-mail. The count lives in the database, so every portal
 * instance sees it; each call commits on its own, whatever the login attempt does afterwards.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottle {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private final LoginThrottlePolicy policy = LoginThrottlePolicy.STANDARD;

    /** How long the caller must still wait before trying this e-mail again, if at all. */
    public Optional<Duration> waitFor(String email) {
        var until = em.createNativeQuery("select locked_until from login_failure where email = ?1")
                .setParameter(1, key(email))
                .getResultList();
        if (until.isEmpty() || until.get(0) == null) {
            return Optional.empty();
        }
        Instant lockedUntil = io.hyperchain.shared.Timestamps.toInstant(until.get(0));
        Duration left = Duration.between(Instant.now(clock), lockedUntil);
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    /** Counts one more failure (atomically, across instances) and returns the lock it earns. */
    public Duration recordFailure(String email) {
        Instant now = Instant.now(clock);
        String key = key(email);
        // a failure long after the previous one starts the count again
        em.createNativeQuery("insert into login_failure (email, failures, last_failure) values (?1, 1, ?2) "
                        + "on duplicate key update failures = if(last_failure < ?3, 1, failures + 1), last_failure = ?2")
                .setParameter(1, key)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now.minus(policy.forgetAfter())))
                .executeUpdate();
        int failures = ((Number) em.createNativeQuery("select failures from login_failure where email = ?1")
                .setParameter(1, key).getSingleResult()).intValue();
        Duration lock = policy.lockAfter(failures);
        em.createNativeQuery("update login_failure set locked_until = ?2 where email = ?1")
                .setParameter(1, key)
                .setParameter(2, lock.isZero() ? null : Timestamp.from(now.plus(lock)))
                .executeUpdate();
        return lock;
    }

    public void recordSuccess(String email) {
        em.createNativeQuery("delete from login_failure where email = ?1").setParameter(1, key(email)).executeUpdate();
    }

    private static String key(String email) {
        String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return key.length() > EmailAddress.MAX_LENGTH ? key.substring(0, EmailAddress.MAX_LENGTH) : key;
    }
}
