package io.hyperchain.shared;

import io.hyperchain.live.LiveEvent;
import io.hyperchain.live.LiveEvents;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Records actions in the caller's transaction: the action and its trace commit together. Each
 * recorded action is also a live event (P4.5): admins' open pages learn of it once it commits, and
 * so do the tenant's when it is a tenant's affair.
 */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LiveEvents live;

    /** An action only admins are told of. */
    public void record(String actor, String action, String subject) {
        em.persist(new AuditEntry(actor, action, subject, Instant.now(clock)));
        live.publish(LiveEvent.forAdmins(action, subject));
    }

    /** An action on a tenant's affairs: admins and that tenant's users are told. */
    public void record(long tenantId, String actor, String action, String subject) {
        em.persist(new AuditEntry(actor, action, subject, Instant.now(clock)));
        live.publish(LiveEvent.forTenant(tenantId, action, subject));
    }
}
