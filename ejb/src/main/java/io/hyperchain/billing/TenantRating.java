package io.hyperchain.billing;

import io.hyperchain.shared.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gathers what the rater needs for one tenant and month — the plan segments of the tenant's
 * time in the month and its usage — and rates it. Late usage of earlier months comes as
 * adjustment lines naming their own month.
 */
@Stateless
public class TenantRating {

    /** The lines of a month and the currency of its plan. */
    public record Rated(String currency, List<RatedLine> lines) {
    }

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
    public Rated rate(long tenantId, BillingMonth month, Instant asOf, Instant cutoff, Instant lateAfter) {
        Object[] tenant = (Object[]) em.createNativeQuery("select created_at, closed_at from tenant where id = ?1")
                .setParameter(1, tenantId).getSingleResult();
        Instant created = Timestamps.toInstant(tenant[0]);
        Instant closed = tenant[1] == null ? null : Timestamps.toInstant(tenant[1]);
        PlanTimeline timeline = plans.timeline(tenantId);
        List<RatedLine> lines = new ArrayList<>(
                rateMonth(tenantId, month, timeline, created, closed, asOf, cutoff, null, true));
        String currency = timeline.at(later(month.start(), created)).map(PlanVersion::currency).orElse("KRW");
        if (lateAfter != null) {
            BillingMonth first = BillingMonth.containing(created, month.zone());
            Map<java.time.YearMonth, BillingMonth> earlier = new TreeMap<>();
            for (UsageInterval late : usage.touching(tenantId, first.start(), month.start(), lateAfter, cutoff)) {
                for (BillingMonth m = BillingMonth.containing(late.start(), month.zone());
                     m.start().isBefore(month.start()) && m.start().isBefore(late.endOr(month.start())); m = m.next()) {
                    earlier.put(m.month(), m);
                }
            }
            for (BillingMonth past : earlier.values()) {
                lines.addAll(rateMonth(tenantId, past, timeline, created, closed, past.end(), cutoff, lateAfter, false));
            }
        }
        return new Rated(currency, lines);
    }

    private List<RatedLine> rateMonth(long tenantId, BillingMonth month, PlanTimeline timeline, Instant created,
                                      Instant closed, Instant asOf, Instant cutoff, Instant recordedAfter, boolean withFee) {
        Instant from = later(month.start(), created);
        Instant to = closed != null && closed.isBefore(month.end()) ? closed : month.end();
        if (!from.isBefore(to)) {
            return List.of();
        }
        List<PlanSegment> segments = timeline.segments(from, to);
        List<UsageInterval> intervals = usage.touching(tenantId, month.start(), month.end(), recordedAfter, cutoff);
        return Rater.rate(month, segments, intervals, asOf, withFee);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
