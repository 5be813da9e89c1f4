package io.hyperchain.tenant;

import io.hyperchain.shared.Timestamps;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows password guessing per account and source by the rule of {@link LoginThrottlePolicy} (and
 * docs/security.md). The counts live in the database, so every portal instance sees them; each
 * call commits on its own, whatever the login attempt does afterwards.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottle {

    /** Rows removed per table by one {@link #forgetExpired()}: small, so it never holds locks for long. */
    static final int FORGET_BATCH = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private final LoginThrottlePolicy policy = LoginThrottlePolicy.STANDARD;

    /** How long this source must still wait before trying this e-mail again, if at all. */
    public Optional<Duration> waitFor(String email, LoginSource source) {
        String key = key(email);
        var history = new LoginThrottlePolicy.History(streak(key, source), window(key), lastSuccess(key, source));
        return policy.waitFor(history, Instant.now(clock));
    }

    /** Counts one more failure of this source and of the account as a whole (atomically, across instances). */
    public void recordFailure(String email, LoginSource source) {
        Instant now = Instant.now(clock);
        String key = key(email);
        // a failure long after the source's previous one starts its streak again
        em.createNativeQuery("insert into login_failure (email, source, failures, last_failure) values (?1, ?2, 1, ?3) "
                        + "on duplicate key update failures = if(last_failure < ?4, 1, failures + 1), last_failure = ?3")
                .setParameter(1, key)
                .setParameter(2, source.value())
                .setParameter(3, Timestamp.from(now))
                .setParameter(4, Timestamp.from(policy.streakCutoff(now)))
                .executeUpdate();
        // the account's window: a failure after it ended opens a new one (failures is assigned first, on the old start)
        em.createNativeQuery("insert into login_failure_window (email, window_start, failures) values (?1, ?2, 1) "
                        + "on duplicate key update failures = if(window_start < ?3, 1, failures + 1), "
                        + "window_start = if(window_start < ?3, ?2, window_start)")
                .setParameter(1, key)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(policy.windowCutoff(now)))
                .executeUpdate();
    }

    /** Ends this source's streak and remembers the source as known for this account. */
    public void recordSuccess(String email, LoginSource source) {
        String key = key(email);
        em.createNativeQuery("delete from login_failure where email = ?1 and source = ?2")
                .setParameter(1, key).setParameter(2, source.value()).executeUpdate();
        em.createNativeQuery("insert into login_source (email, source, last_success) values (?1, ?2, ?3) "
                        + "on duplicate key update last_success = ?3")
                .setParameter(1, key).setParameter(2, source.value()).setParameter(3, Timestamp.from(Instant.now(clock)))
                .executeUpdate();
    }

    /**
     * Removes rows the rule no longer reads (streaks past forgetting, ended windows, sources not
     * seen within the known period), a batch per table, so the tables stay bounded even when
     * guesses go to e-mails nobody ever logs in with. Returns how many rows went.
     */
    public int forgetExpired() {
        Instant now = Instant.now(clock);
        return forget("login_failure", "last_failure", policy.streakCutoff(now))
                + forget("login_failure_window", "window_start", policy.windowCutoff(now))
                + forget("login_source", "last_success", now.minus(policy.knownFor()));
    }

    private int forget(String table, String column, Instant before) {
        return em.createNativeQuery("delete from " + table + " where " + column + " < ?1 limit " + FORGET_BATCH)
                .setParameter(1, Timestamp.from(before)).executeUpdate();
    }

    private LoginThrottlePolicy.Streak streak(String key, LoginSource source) {
        List<?> rows = em.createNativeQuery("select failures, last_failure from login_failure where email = ?1 and source = ?2")
                .setParameter(1, key).setParameter(2, source.value()).getResultList();
        if (rows.isEmpty()) {
            return LoginThrottlePolicy.Streak.NONE;
        }
        var row = (Object[]) rows.get(0);
        return new LoginThrottlePolicy.Streak(((Number) row[0]).intValue(), Timestamps.toInstant(row[1]));
    }

    private LoginThrottlePolicy.Window window(String key) {
        List<?> rows = em.createNativeQuery("select failures, window_start from login_failure_window where email = ?1")
                .setParameter(1, key).getResultList();
        if (rows.isEmpty()) {
            return LoginThrottlePolicy.Window.NONE;
        }
        var row = (Object[]) rows.get(0);
        return new LoginThrottlePolicy.Window(((Number) row[0]).intValue(), Timestamps.toInstant(row[1]));
    }

    private Optional<Instant> lastSuccess(String key, LoginSource source) {
        List<?> rows = em.createNativeQuery("select last_success from login_source where email = ?1 and source = ?2")
                .setParameter(1, key).setParameter(2, source.value()).getResultList();
        return rows.stream().findFirst().map(Timestamps::toInstant);
    }

    private static String key(String email) {
        String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return key.length() > EmailAddress.MAX_LENGTH ? key.substring(0, EmailAddress.MAX_LENGTH) : key;
    }
}
