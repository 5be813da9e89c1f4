package io.hyperchain.tenant;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A one-time link mailed to an account (table {@code account_token}): good for one use, until it
 * expires. Holds the hash of the token only ({@link OneTimeToken#hash()}); the unique key on it
 * makes the hash the token's identity.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
    }

    private AccountToken(UserAccount account, TokenPurpose purpose, String tokenHash, Instant createdAt) {
        this.account = Objects.requireNonNull(account, "account");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = createdAt.plus(purpose.lifetime());
    }

    /** A new link for this account and purpose, good for the purpose's lifetime from now. */
    public static AccountToken issue(UserAccount account, TokenPurpose purpose, OneTimeToken token, Instant now) {
        return new AccountToken(account, purpose, token.hash(), now);
    }

    /**
     * Uses the link: refused as 410 {@code token.used} the second time, and as 410
     * {@code token.expired} from its expiry on (the expiry instant itself is too late).
     */
    public void redeem(Instant now) {
        requireUsable(now);
        usedAt = now;
    }

    /** Refuses a link that is used or expired, as {@link #redeem} would, without using it. */
    public void requireUsable(Instant now) {
        if (usedAt != null) {
            throw new DomainException(Problem.GONE, "token.used", "token",
                    "This link was used already. Each link works once; ask for a new one if you need it.");
        }
        if (!now.isBefore(expiresAt)) {
            throw new DomainException(Problem.GONE, "token.expired", "token",
                    "This link has expired. Ask for a new one.");
        }
    }

    /** The link is no good any more although nobody used it (its account set a new password another way). */
    public void withdraw(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public UserAccount account() {
        return account;
    }

    public TokenPurpose purpose() {
        return purpose;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean isUsed() {
        return usedAt != null;
    }
}
