package io.hyperchain.environment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/**
 * Makes a tenant's environment row exist, committed on its own before any plan locks it. Two first
 * clicks inserting the same new row inside their plans' transactions can deadlock (each waits on
 * the other's insert); once the row exists, a plan only takes its row lock, in turn.
 */
@Stateless
public class EnvironmentRows {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensureExists(long tenantId) {
        em.createNativeQuery("insert ignore into environment (tenant_id, desired_state, updated_at) values (?1, 'STOPPED', ?2)")
                .setParameter(1, tenantId).setParameter(2, Timestamp.from(Instant.now(clock))).executeUpdate();
    }
}
