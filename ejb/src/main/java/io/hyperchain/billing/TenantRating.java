package io.hyperchain.billing;

import io.hyperchain.billing.rating.BillingMonth;
import io.hyperchain.billing.rating.PlanTimeline;
import io.hyperchain.billing.rating.TenantMonth;
import io.hyperchain.billing.rating.UsageInterval;
import io.hyperchain.shared.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads tenants' months — their lives, plans and usage — and rates them with {@link TenantMonth}.
 * The same few queries serve one tenant (its page) and 500 (a chunk of a month's close), so a
 * close of 100,000 tenants is a few hundred queries, not a million.
 */
@Stateless
public class TenantRating {

    /** Most ids in one IN list. */
    public static final int CHUNK = 500;

    private static final Instant FOREVER = Instant.parse("2999-01-01T00:00:00Z");

    @PersistenceContext
    EntityManager em;

    @Inject
    PricePlans plans;

    /** One tenant's month; see {@link #rate(BillingMonth, Collection, Instant, Instant, boolean)}. */
    public TenantMonth.Rated rate(long tenantId, BillingMonth month, Instant asOf, Instant cutoff, boolean withLate) {
        return rate(month, List.of(tenantId), asOf, cutoff, withLate).get(tenantId);
    }

    /**
     * @param asOf     open intervals and the month so far end here
     * @param cutoff   only usage recorded up to here (null: all recorded so far)
     * @param withLate usage of earlier months recorded after each tenant's previous invoice's usage
     *                 cutoff (and up to {@code cutoff}) comes as adjustment lines
     */
    public Map<Long, TenantMonth.Rated> rate(BillingMonth month, Collection<Long> tenantIds, Instant asOf, Instant cutoff,
                                             boolean withLate) {
        String in = in(tenantIds);
        Map<Long, TenantMonth.Life> lives = lives(in);
        Map<Long, PlanTimeline> timelines = timelines(in, tenantIds);
        Instant recordedUpTo = cutoff == null ? FOREVER : cutoff;
        Map<Long, List<UsageInterval>> usage = group(intervals(tenantIds, month.start(), month.end(), Instant.EPOCH,
                recordedUpTo));
        Map<Long, List<UsageInterval>> late = withLate ? late(in, month, recordedUpTo) : Map.of();
        Map<Long, TenantMonth.Rated> rated = new LinkedHashMap<>();
        for (long tenantId : tenantIds) {
            TenantMonth.Life life = lives.get(tenantId);
            if (life != null) {
                rated.put(tenantId, TenantMonth.rate(month, life, timelines.get(tenantId),
                        usage.getOrDefault(tenantId, List.of()), late.getOrDefault(tenantId, List.of()), asOf));
            }
        }
        return rated;
    }

    /**
     * One tenant's month so far from one reading of its life, plans and usage: rated (null when
     * there is no such tenant), day by day, and the plan timeline it was rated with. The dashboard
     * shows all three; reading them once instead of three times saves it six queries.
     */
    public record SoFar(TenantMonth.Rated rated, List<TenantMonth.Day> days, PlanTimeline timeline) {
    }

    public SoFar soFar(long tenantId, BillingMonth month, Instant asOf) {
        String in = in(List.of(tenantId));
        var life = lives(in).get(tenantId);
        var timeline = timelines(in, List.of(tenantId)).get(tenantId);
        var usage = intervals(List.of(tenantId), month.start(), month.end(), Instant.EPOCH, FOREVER);
        var rated = life == null ? null : TenantMonth.rate(month, life, timeline, usage, List.of(), asOf);
        return new SoFar(rated, TenantMonth.byDay(month, life, timeline, usage, asOf), timeline);
    }

    // usage of months before this one recorded after the tenant's previous invoice was finalized
    private Map<Long, List<UsageInterval>> late(String in, BillingMonth month, Instant recordedUpTo) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select tenant_id, max(usage_cutoff) from invoice where tenant_id in (" + in
                        + ") and period < ?1 and usage_cutoff is not null group by tenant_id")
                .setParameter(1, month.label()).getResultList();
        Map<Long, Instant> cutoffs = rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(),
                r -> Timestamps.toInstant(r[1])));
        if (cutoffs.isEmpty()) {
            return Map.of();
        }
        Instant earliest = cutoffs.values().stream().min(Instant::compareTo).orElseThrow();
        Map<Long, List<UsageInterval>> late = new HashMap<>();
        // every earlier month: from the first tenant's sign-up on (no interval begins before it)
        for (UsageInterval u : intervals(cutoffs.keySet(), Instant.EPOCH, month.start(), earliest, recordedUpTo)) {
            if (u.recordedAt().isAfter(cutoffs.get(u.tenantId()))) {
                late.computeIfAbsent(u.tenantId(), t -> new ArrayList<>()).add(u);
            }
        }
        return late;
    }

    private Map<Long, TenantMonth.Life> lives(String in) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, created_at, closed_at from tenant where id in (" + in + ")")
                .getResultList();
        Map<Long, TenantMonth.Life> lives = new HashMap<>();
        rows.forEach(r -> lives.put(((Number) r[0]).longValue(), new TenantMonth.Life(Timestamps.toInstant(r[1]),
                r[2] == null ? null : Timestamps.toInstant(r[2]))));
        return lives;
    }

    private Map<Long, PlanTimeline> timelines(String in, Collection<Long> tenantIds) {
        var versions = plans.list().stream().map(p -> new PlanTimeline.Version(p.plan(), p.isDefault())).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select tenant_id, plan_name, effective_from from tenant_plan "
                + "where tenant_id in (" + in + ") order by effective_from, id").getResultList();
        Map<Long, List<PlanTimeline.Move>> moves = new HashMap<>();
        rows.forEach(r -> moves.computeIfAbsent(((Number) r[0]).longValue(), t -> new ArrayList<>())
                .add(new PlanTimeline.Move((String) r[1], Timestamps.toInstant(r[2]))));
        PlanTimeline unmoved = new PlanTimeline(versions, List.of());
        Map<Long, PlanTimeline> timelines = new HashMap<>();
        tenantIds.forEach(t -> timelines.put(t, moves.containsKey(t) ? new PlanTimeline(versions, moves.get(t)) : unmoved));
        return timelines;
    }

    private List<UsageInterval> intervals(Collection<Long> tenantIds, Instant from, Instant to, Instant recordedAfter,
                                          Instant recordedUpTo) {
        return em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> UsageRows.touching(connection, tenantIds,
                from, to, recordedAfter, recordedUpTo));
    }

    private static Map<Long, List<UsageInterval>> group(List<UsageInterval> intervals) {
        return intervals.stream().collect(Collectors.groupingBy(UsageInterval::tenantId));
    }

    // ids are numbers, never text from a request, so they go into the statement as they are
    private static String in(Collection<Long> ids) {
        if (ids.size() > CHUNK) {
            throw new IllegalArgumentException("at most " + CHUNK + " tenants at once");
        }
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
