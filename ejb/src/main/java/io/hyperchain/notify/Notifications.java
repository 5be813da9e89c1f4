package io.hyperchain.notify;

import io.hyperchain.shared.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** What a tenant is told: kept in the portal, and e-mailed to the tenant's users. */
@Stateless
public class Notifications {

    /** One notification as the tenant reads it. JavaBean getters for the dashboard. */
    public record Notice(long id, String kind, String text, Instant createdAt) {

        public String getKind() {
            return kind;
        }

        public String getText() {
            return text;
        }

        public Instant getCreatedAt() {
            return createdAt;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    public void tell(long tenantId, String kind, String subject, String text) {
        @SuppressWarnings("unchecked")
        List<String> emails = em.createNativeQuery("select email from user_account where tenant_id = ?1")
                .setParameter(1, tenantId).getResultList();
        boolean mailed = mailer.send(emails, "HyperChain: " + subject, text);
        em.createNativeQuery("insert into notification (tenant_id, kind, text, created_at, mailed) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, tenantId).setParameter(2, kind)
                .setParameter(3, text.length() > 1000 ? text.substring(0, 1000) : text)
                .setParameter(4, Timestamp.from(Instant.now(clock))).setParameter(5, mailed)
                .executeUpdate();
    }

    /** The tenant's notifications, newest first. */
    public List<Notice> of(long tenantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, kind, text, created_at from notification "
                        + "where tenant_id = ?1 order by created_at desc, id desc limit 50")
                .setParameter(1, tenantId).getResultList();
        return rows.stream().map(r -> new Notice(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                Timestamps.toInstant(r[3]))).toList();
    }
}
