package io.hyperchain.tenant;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Everything that keeps an account logged in without its password, and the one place that ends
 * it all. Sessions live in each portal instance's memory, so they cannot be listed and removed:
 * each session remembers the account's {@code credential_generation} at its login, and the web
 * layer checks it against the database on every request ({@code EndedSessionFilter}); ending them
 * is bumping that number, which every instance sees at once.
 *
 * <p>API tokens are revoked here too, in the same transaction. A plain statement on their table,
 * not the {@code token} package's service, which sits above this one.
 */
@Stateless
public class SessionsAndTokens {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    java.time.Clock clock;

    /**
     * Ends every session of the account, on every instance, from its next request on, and revokes
     * every API token of it. Takes the managed account the caller changed, in the caller's
     * transaction; returns the new generation, which a session that must live on (the one that
     * changed the password) remembers instead.
     */
    public int endAllFor(UserAccount account) {
        account.endCurrentGeneration();
        em.createNativeQuery("update api_token set revoked_at = ?1 where user_account_id = ?2 and revoked_at is null")
                .setParameter(1, java.sql.Timestamp.from(java.time.Instant.now(clock)))
                .setParameter(2, account.id()).executeUpdate();
        return account.credentialGeneration();
    }

    /**
     * The account's current generation, by login name; empty when there is no such account. The
     * login reads it before the password is checked, so a password changed in between ends the new
     * session too; the web layer reads it on every request. One unique-key read, no transaction.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Integer> generationOf(String email) {
        List<?> rows = em.createNativeQuery("select credential_generation from user_account where email = ?1")
                .setParameter(1, email).getResultList();
        return rows.stream().findFirst().map(value -> ((Number) value).intValue());
    }
}
