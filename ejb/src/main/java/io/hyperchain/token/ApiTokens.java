package io.hyperchain.token;

import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.tenant.CallerProfile;
import io.hyperchain.tenant.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A user's API tokens: made (the secret shown once), listed, revoked, and checked when a script
 * presents one. Every call is scoped by the acting user; a token of somebody else is a 404 like a
 * missing one. Making and revoking are audited.
 */
@Stateless
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /**
     * A new token for the user: name, scopes (["read"] or ["read","write"]) and a lifetime of 30, 90
     * or 365 days. Returns the secret, which is kept nowhere but in the caller's hands.
     */
    public IssuedToken create(CallerProfile owner, String name, Collection<String> scopes, int days) {
        var tokenName = new TokenName(name);
        var scope = TokenScope.of(scopes);
        var lifetime = new TokenLifetime(days);
        Instant now = Instant.now(clock);
        // the user's row serializes their creates, so two at once cannot both take the last place
        if (em.find(UserAccount.class, owner.userId(), LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new DomainException(Problem.UNAUTHENTICATED, "account.gone", null, "Your account no longer exists.");
        }
        ApiToken.requireRoomBeside(em.createQuery("select count(t) from ApiToken t where t.userAccountId = :user "
                        + "and t.revokedAt is null and t.expiresAt > :now", Long.class)
                .setParameter("user", owner.userId()).setParameter("now", now).getSingleResult());
        var secret = TokenSecret.generate(RANDOM);
        var token = ApiToken.issue(owner.userId(), tokenName, scope, lifetime, secret, now);
        em.persist(token);
        em.flush();
        auditFor(owner, "token.create", describe(token));
        return new IssuedToken(TokenView.of(token, now), secret.value());
    }

    /** The user's tokens, newest first, with their state now; no secrets. */
    public List<TokenView> list(CallerProfile owner) {
        Instant now = Instant.now(clock);
        return em.createQuery("select t from ApiToken t where t.userAccountId = :user order by t.createdAt desc, t.id desc",
                        ApiToken.class)
                .setParameter("user", owner.userId()).getResultStream()
                .map(token -> TokenView.of(token, now)).toList();
    }

    /** The user takes one of their tokens back; it stops working at once. Another user's token is a 404. */
    public TokenView revoke(CallerProfile owner, long id) {
        var token = em.createQuery("select t from ApiToken t where t.id = :id and t.userAccountId = :user", ApiToken.class)
                .setParameter("id", id).setParameter("user", owner.userId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new DomainException(Problem.NOT_FOUND, "token.notFound", null, "You have no token " + id + "."));
        boolean first = token.revokedAt() == null;
        token.revoke(clock);
        if (first) {
            auditFor(owner, "token.revoke", describe(token));
        }
        return TokenView.of(token, Instant.now(clock));
    }

    /**
     * Who a presented secret lets in, if it is a usable token: its user and scope. Empty for
     * anything else (malformed, unknown, revoked, expired). The last use is written at most once a
     * minute, by one conditional update that touches no other column.
     */
    public Optional<TokenLogin> authenticate(String presented) {
        var secret = TokenSecret.parse(presented);
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        var found = em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", secret.get().hash()).getResultStream().findFirst();
        if (found.isEmpty() || !found.get().usable(now)) {
            return Optional.empty();
        }
        var token = found.get();
        var user = em.find(UserAccount.class, token.userAccountId());
        if (user == null) {
            return Optional.empty();
        }
        if (token.useWorthRecording(now)) {
            em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id "
                            + "and (t.lastUsedAt is null or t.lastUsedAt <= :stale)")
                    .setParameter("now", now).setParameter("id", token.id())
                    .setParameter("stale", ApiToken.staleUseBound(now)).executeUpdate();
        }
        return Optional.of(new TokenLogin(token.id(), user.email(), user.role(), token.scope()));
    }

    /** A tenant's token is the tenant's affair too: its other users see a token made or taken back. */
    private void auditFor(CallerProfile owner, String action, String subject) {
        if (owner.tenantId() == null) {
            audit.record(owner.email(), action, subject);
        } else {
            audit.record(owner.tenantId(), owner.email(), action, subject);
        }
    }

    private static String describe(ApiToken token) {
        return "token " + token.id() + " " + TokenSecret.shown(token.prefix()) + " " + token.scope();
    }
}
