package io.hyperchain.tenant;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The one-time links of accounts (table {@code account_token}): issued under the account's row
 * lock, so the rate limit holds across portal instances; found by the hash of the token a link
 * brings; trimmed a little at each issue, so the table keeps only what can still matter.
 */
@Stateless
public class AccountTokens {

    /** Used and expired links are kept this long (someone asks why a link did not work), then go. */
    static final Duration KEPT = Duration.ofDays(30);
    /** Rows removed per issue: small, so trimming never holds locks for long. */
    static final int TRIM_BATCH = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private final TokenIssuePolicy policy = TokenIssuePolicy.STANDARD;

    /** The account behind a login name, its row locked for the rest of the transaction; empty when there is none. */
    public Optional<UserAccount> lockAccount(EmailAddress email) {
        return em.createQuery("select u from UserAccount u where u.email = :email", UserAccount.class)
                .setParameter("email", email.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst();
    }

    /** How long until this (locked) account may be sent another link of this purpose; empty when now. */
    public Optional<Duration> waitBeforeIssuing(UserAccount account, TokenPurpose purpose) {
        Instant now = Instant.now(clock);
        List<Instant> sent = em.createQuery("select t.createdAt from AccountToken t where t.account = :account "
                        + "and t.purpose = :purpose and t.createdAt > :since", Instant.class)
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .setParameter("since", policy.lookBackFrom(now))
                .getResultList();
        return policy.waitFor(sent, now);
    }

    /** A new link for the account; the returned secret goes into the mail and nowhere else. */
    public OneTimeToken issue(UserAccount account, TokenPurpose purpose) {
        Instant now = Instant.now(clock);
        trim(now);
        var token = OneTimeToken.random();
        em.persist(AccountToken.issue(account, purpose, token, now));
        em.flush();
        return token;
    }

    /**
     * The link a token of this purpose belongs to, its row and its account's row locked (one use
     * only, even when two clicks race on two instances); 400 {@code token.invalid} when there is
     * none — a malformed token, one never issued, or one of another purpose all look the same.
     */
    public AccountToken redeemable(String token, TokenPurpose purpose) {
        String hash = OneTimeToken.parse(token).hash();
        var found = em.createQuery("select t from AccountToken t join fetch t.account where t.tokenHash = :hash "
                        + "and t.purpose = :purpose", AccountToken.class)
                .setParameter("hash", hash)
                .setParameter("purpose", purpose)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty()) {
            throw OneTimeToken.invalid();
        }
        return found.get(0);
    }

    /** The link behind a token without locking or using it (a page shows the form only for a good link). */
    public AccountToken peek(String token, TokenPurpose purpose) {
        var found = em.createQuery("select t from AccountToken t where t.tokenHash = :hash and t.purpose = :purpose",
                        AccountToken.class)
                .setParameter("hash", OneTimeToken.parse(token).hash())
                .setParameter("purpose", purpose)
                .getResultList();
        if (found.isEmpty()) {
            throw OneTimeToken.invalid();
        }
        return found.get(0);
    }

    /** Every unused link of this purpose the account still holds stops working (its password changed another way). */
    public void withdrawAll(UserAccount account, TokenPurpose purpose) {
        Instant now = Instant.now(clock);
        em.createQuery("select t from AccountToken t where t.account = :account and t.purpose = :purpose "
                        + "and t.usedAt is null and t.expiresAt > :now", AccountToken.class)
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .setParameter("now", now)
                .getResultList()
                .forEach(t -> t.withdraw(now));
    }

    /** 429 for a link asked too soon after the last ones, with the wait in the message. */
    public static DomainException tooSoon(String code, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new DomainException(Problem.TOO_MANY_ATTEMPTS, code, null,
                "A link was mailed a moment ago. Ask again in " + seconds + " s, or use the one you have.");
    }

    private void trim(Instant now) {
        em.createNativeQuery("delete from account_token where expires_at < ?1 limit " + TRIM_BATCH)
                .setParameter(1, Timestamp.from(now.minus(KEPT))).executeUpdate();
    }
}
