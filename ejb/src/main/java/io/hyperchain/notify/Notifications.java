package io.hyperchain.notify;

import io.hyperchain.live.LiveEvent;
import io.hyperchain.live.LiveEvents;
import io.hyperchain.shared.TenantContext;
import io.hyperchain.shared.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** Tenants whose addresses one query reads. */
    static final int LOOKUP_CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    LiveEvents live;

    /** What to tell one tenant: the kind (for the page), the mail's subject, the text. */
    public record Message(long tenantId, String kind, String subject, String text) {
    }

    public void tell(long tenantId, String kind, String subject, String text) {
        tellAll(List.of(new Message(tenantId, kind, subject, text)));
    }

    /**
     * Tells many tenants at once: their users' addresses in a few queries, one mail per message,
     * the notifications in a few multi-row inserts.
     */
    public void tellAll(List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        Map<Long, List<String>> emails = emailsOf(messages.stream().map(Message::tenantId).distinct().toList());
        Instant now = Instant.now(clock);
        List<NotificationBatch.Row> rows = new ArrayList<>(messages.size());
        for (Message message : messages) {
            boolean mailed = mailer.send(emails.getOrDefault(message.tenantId(), List.of()),
                    "HyperChain: " + message.subject(), message.text());
            rows.add(new NotificationBatch.Row(message.tenantId(), message.kind(), message.text(), now, mailed));
        }
        em.unwrap(org.hibernate.Session.class).doWork(connection -> NotificationBatch.write(connection, rows));
        messages.forEach(message -> live.publish(LiveEvent.forTenant(message.tenantId(), "notice." + message.kind(),
                message.subject())));
    }

    private Map<Long, List<String>> emailsOf(List<Long> tenantIds) {
        Map<Long, List<String>> emails = new HashMap<>();
        for (int from = 0; from < tenantIds.size(); from += LOOKUP_CHUNK) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select tenant_id, email from user_account where tenant_id in (?1)")
                    .setParameter(1, tenantIds.subList(from, Math.min(tenantIds.size(), from + LOOKUP_CHUNK)))
                    .getResultList();
            rows.forEach(row -> emails.computeIfAbsent(((Number) row[0]).longValue(), tenant -> new ArrayList<>())
                    .add((String) row[1]));
        }
        return emails;
    }

    /** The tenant's notifications, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // one read: no transaction of its own
    public List<Notice> of(TenantContext tenant) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, kind, text, created_at from notification "
                        + "where tenant_id = ?1 order by created_at desc, id desc limit 50")
                .setParameter(1, tenant.tenantId()).getResultList();
        return rows.stream().map(r -> new Notice(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                Timestamps.toInstant(r[3]))).toList();
    }
}
