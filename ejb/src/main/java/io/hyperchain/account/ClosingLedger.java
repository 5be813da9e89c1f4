package io.hyperchain.account;

import io.hyperchain.billing.BillingConfig;
import io.hyperchain.billing.Invoices;
import io.hyperchain.billing.UsageMeter;
import io.hyperchain.billing.rating.BillingMonth;
import io.hyperchain.cluster.NodeAssignments;
import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.TenantContext;
import io.hyperchain.shared.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The database half of closing an account, in one transaction. */
@Stateless
public class ClosingLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    UsageMeter meter;

    @Inject
    NodeAssignments assignments;

    @Inject
    Invoices invoices;

    @Inject
    BillingConfig config;

    @Inject
    AuditLog audit;

    public Optional<Instant> closedAt(long tenantId) {
        Object closed = em.createNativeQuery("select closed_at from tenant where id = ?1").setParameter(1, tenantId)
                .getSingleResult();
        return Optional.ofNullable(closed).map(Timestamps::toInstant);
    }

    public long close(TenantContext tenant) {
        long tenantId = tenant.tenantId();
        Instant now = Instant.now(clock);
        int marked = em.createNativeQuery("update tenant set closed_at = ?1 where id = ?2 and closed_at is null")
                .setParameter(1, Timestamp.from(now)).setParameter(2, tenantId).executeUpdate();
        BillingMonth month = BillingMonth.containing(now, config.zone());
        if (marked == 0) { // closed by a concurrent call
            return finalInvoice(tenantId, BillingMonth.containing(closedAt(tenantId).orElse(now), config.zone()));
        }
        meter.closeTenant(tenantId);
        assignments.releaseAll(tenant);
        audit.record(tenant.actor(), "account.close", "tenant " + tenantId);
        return invoices.finalizeNow(tenantId, month);
    }

    public long finalInvoice(long tenantId, BillingMonth month) {
        return invoices.finalizeNow(tenantId, month);
    }
}
