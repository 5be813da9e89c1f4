package io.hyperchain.token;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A user's named API token: scripts send its secret as {@code Authorization: Bearer} and act as the
 * user, with the user's role, limited by its {@link TokenScope}. The secret is shown once, at
 * issue; the row keeps its SHA-256 and the public prefix. It lets a script in while
 * {@link #usable(Instant) usable}: not revoked and not expired. Its name, scope and expiry never
 * change.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** A user holds at most this many tokens that still work (neither revoked nor expired). */
    public static final int MAX_LIVE = 20;

    /** Last use is written at most this often, so a busy script does not cost a write per request. */
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_account_id", nullable = false, updatable = false)
    private long userAccountId;

    @Column(nullable = false, length = 60, updatable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(nullable = false, length = 8, updatable = false)
    private String prefix;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private TokenScope scope;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    /**
     * Written by {@code ApiTokens.authenticate} with a targeted update of this column alone (no
     * command sets it), so a use never writes back a revocation it did not see.
     */
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    private ApiToken(long userAccountId, TokenName name, TokenScope scope, TokenSecret secret, Instant createdAt,
                     Instant expiresAt) {
        this.userAccountId = userAccountId;
        this.name = name.value();
        this.scope = scope;
        this.tokenHash = secret.hash();
        this.prefix = secret.prefix();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** A new token of this user, living from {@code now} for its lifetime; keeps the secret's hash only. */
    public static ApiToken issue(long userAccountId, TokenName name, TokenScope scope, TokenLifetime lifetime,
                                 TokenSecret secret, Instant now) {
        if (userAccountId <= 0) {
            throw new IllegalArgumentException("a token belongs to a user account, not " + userAccountId);
        }
        return new ApiToken(userAccountId, name, scope, secret, now, lifetime.expiresAt(now));
    }

    /** A user who already holds {@code liveTokens} working tokens may have one more only below the limit. */
    public static void requireRoomBeside(long liveTokens) {
        if (liveTokens >= MAX_LIVE) {
            throw new DomainException(Problem.CONFLICT, "token.tooMany", null,
                    "You hold " + MAX_LIVE + " tokens that still work: revoke one first.");
        }
    }

    /** The user takes the token back: it stops working at once. Revoking it again changes nothing. */
    public void revoke(Clock clock) {
        if (revokedAt == null) {
            revokedAt = Instant.now(clock);
        }
    }

    /** Lets a script in: not revoked, and {@code now} is before its expiry. */
    public boolean usable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public TokenState state(Instant now) {
        if (revokedAt != null) {
            return TokenState.REVOKED;
        }
        return now.isBefore(expiresAt) ? TokenState.ACTIVE : TokenState.EXPIRED;
    }

    /** Whether a use at {@code now} is worth a write. */
    public boolean useWorthRecording(Instant now) {
        return useWorthRecording(lastUsedAt, now);
    }

    /** A use is written when none is recorded yet or the last one is a minute old or more. */
    static boolean useWorthRecording(Instant lastUsed, Instant now) {
        return lastUsed == null || !now.isBefore(lastUsed.plus(USE_RECORDED_EVERY));
    }

    /** A recorded use at or before this is old enough to be replaced by one at {@code now}. */
    static Instant staleUseBound(Instant now) {
        return now.minus(USE_RECORDED_EVERY);
    }

    public Long id() {
        return id;
    }

    public long userAccountId() {
        return userAccountId;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    public TokenScope scope() {
        return scope;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
