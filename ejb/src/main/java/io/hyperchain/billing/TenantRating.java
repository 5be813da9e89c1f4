package io.hyperchain.billing;

import io.hyperchain.shared.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Loads one tenant's month (its life, plans and usage) and rates it with {@link TenantMonth}. */
@Stateless
public class TenantRating {

    @PersistenceContext
    EntityManager em;

    @Inject
    PricePlans plans;

    @Inject
    UsageStore usage;

    /**
     * @param asOf       open intervals and the month so far end here
     * @param cutoff     only usage recorded up to here (null: all recorded so far)
     * @param lateAfter  usage of earlier months recorded after this (the previous invoice's cutoff)
     *                   and up to {@code cutoff} comes as adjustment lines; null: none
     */
    public TenantMonth.Rated rate(long tenantId, BillingMonth month, Instant asOf, Instant cutoff, Instant lateAfter) {
        Object[] tenant = (Object[]) em.createNativeQuery("select created_at, closed_at from tenant where id = ?1")
                .setParameter(1, tenantId).getSingleResult();
        var life = new TenantMonth.Life(Timestamps.toInstant(tenant[0]), tenant[1] == null ? null : Timestamps.toInstant(tenant[1]));
        List<UsageInterval> late = lateAfter == null ? List.of()
                : usage.touching(tenantId, BillingMonth.containing(life.created(), month.zone()).start(), month.start(),
                lateAfter, cutoff);
        return TenantMonth.rate(month, life, plans.timeline(tenantId),
                usage.touching(tenantId, month.start(), month.end(), null, cutoff), late, asOf);
    }
}
