package io.hyperchain.shared;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/** Records admin actions in the caller's transaction: the action and its trace commit together. */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void record(String actor, String action, String subject) {
        em.persist(new AuditEntry(actor, action, subject, Instant.now(clock)));
    }
}
