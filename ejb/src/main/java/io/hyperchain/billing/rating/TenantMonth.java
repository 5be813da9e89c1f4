package io.hyperchain.billing.rating;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One tenant's month, plain Java: the plan segments of the tenant's own time in it (from sign-up,
 * to account closing), its usage rated on them, and late usage of earlier months as adjustment
 * lines naming their month (rated at that month's prices, without a second monthly fee).
 */
public final class TenantMonth {

    /** When the tenant signed up, and closed its account (null while open). */
    public record Life(Instant created, Instant closed) {
    }

    /** The lines of a month and the currency of its plan. */
    public record Rated(String currency, List<RatedLine> lines) {
    }

    private TenantMonth() {
    }

    /**
     * @param usage the tenant's intervals touching the month (recorded up to the cutoff)
     * @param late  the tenant's intervals of earlier months recorded after its previous invoice's cutoff
     * @param asOf  open intervals and the month so far end here
     */
    public static Rated rate(BillingMonth month, Life life, PlanTimeline timeline, Collection<UsageInterval> usage,
                             Collection<UsageInterval> late, Instant asOf) {
        List<RatedLine> lines = new ArrayList<>(rateWithin(month, life, timeline, usage, asOf, true));
        Map<YearMonth, BillingMonth> earlier = new TreeMap<>();
        for (UsageInterval interval : late) {
            for (BillingMonth m = BillingMonth.containing(interval.start(), month.zone());
                 m.start().isBefore(month.start()) && m.start().isBefore(interval.endOr(month.start())); m = m.next()) {
                earlier.put(m.month(), m);
            }
        }
        for (BillingMonth past : earlier.values()) {
            lines.addAll(rateWithin(past, life, timeline, late, past.end(), false));
        }
        String currency = timeline.at(later(month.start(), life.created())).map(PlanVersion::currency).orElse("KRW");
        return new Rated(currency, lines);
    }

    /** One day's net amount (before tax) of the month so far. */
    public record Day(java.time.LocalDate day, java.math.BigDecimal amount) {
    }

    /**
     * The month so far day by day: the amount rated up to each day's end, less the day before's,
     * so tiers and the prorated fee fall on the day they accrue.
     */
    public static List<Day> byDay(BillingMonth month, Life life, PlanTimeline timeline, Collection<UsageInterval> usage,
                                  Instant asOf) {
        List<Day> days = new ArrayList<>();
        java.math.BigDecimal before = java.math.BigDecimal.ZERO;
        for (java.time.LocalDate day = month.month().atDay(1); !day.isAfter(month.month().atEndOfMonth()); day = day.plusDays(1)) {
            Instant dayStart = day.atStartOfDay(month.zone()).toInstant();
            if (!dayStart.isBefore(asOf)) {
                break;
            }
            Instant dayEnd = day.plusDays(1).atStartOfDay(month.zone()).toInstant();
            Instant until = dayEnd.isBefore(asOf) ? dayEnd : asOf;
            java.math.BigDecimal upTo = rateWithin(month, life, timeline, usage, until, true).stream()
                    .map(RatedLine::amount).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            days.add(new Day(day, upTo.subtract(before)));
            before = upTo;
        }
        return days;
    }

    private static List<RatedLine> rateWithin(BillingMonth month, Life life, PlanTimeline timeline,
                                              Collection<UsageInterval> usage, Instant asOf, boolean withFee) {
        Instant from = later(month.start(), life.created());
        Instant to = life.closed() != null && life.closed().isBefore(month.end()) ? life.closed() : month.end();
        if (!from.isBefore(to)) {
            return List.of();
        }
        return Rater.rate(month, timeline.segments(from, to), usage, asOf, withFee);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
