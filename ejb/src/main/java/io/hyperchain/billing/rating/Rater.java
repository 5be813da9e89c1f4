package io.hyperchain.billing.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * Rates one tenant's usage in one month, plain Java: for each plan segment of the month, the
 * prorated monthly fee and one line per metric used, each line traced to its intervals.
 * Nothing is rounded here but quantities (to {@link Money#SCALE} places); the document is
 * rounded once, at its total ({@link Totals}).
 */
public final class Rater {

    private static final BigDecimal MILLIS_PER_HOUR = BigDecimal.valueOf(3_600_000L);

    private Rater() {
    }

    /**
     * @param segments the plan versions of the month, in order, not overlapping
     * @param usage    the tenant's intervals (any that touch the month; others are ignored)
     * @param asOf     open intervals and the month so far end here (the month's end once it is over)
     * @param withFee  whether the monthly fee is charged (not on a late-usage adjustment)
     */
    public static List<RatedLine> rate(BillingMonth month, List<PlanSegment> segments, Collection<UsageInterval> usage,
                                       Instant asOf, boolean withFee) {
        Instant monthEnd = min(month.end(), asOf);
        long monthMillis = Duration.between(month.start(), month.end()).toMillis();
        List<RatedLine> lines = new ArrayList<>();
        for (PlanSegment segment : segments) {
            Instant from = max(segment.start(), month.start());
            Instant to = min(segment.end(), monthEnd);
            if (!from.isBefore(to)) {
                continue;
            }
            PlanVersion plan = segment.plan();
            if (withFee && plan.monthlyFee().signum() > 0) {
                lines.add(monthlyFee(month, plan, from, to, monthMillis));
            }
            var byMetric = new TreeMap<Metric, List<UsageInterval>>();
            for (UsageInterval u : usage) {
                if (overlapMillis(u, from, to, asOf) > 0) {
                    byMetric.computeIfAbsent(u.metric(), m -> new ArrayList<>()).add(u);
                }
            }
            byMetric.forEach((metric, intervals) ->
                    lines.add(line(month, metric, plan.price(metric), intervals, from, to, asOf, monthMillis)));
        }
        return lines;
    }

    // the fee for the share of the month the segment covers
    private static RatedLine monthlyFee(BillingMonth month, PlanVersion plan, Instant from, Instant to, long monthMillis) {
        BigDecimal millis = BigDecimal.valueOf(Duration.between(from, to).toMillis());
        BigDecimal share = millis.divide(BigDecimal.valueOf(monthMillis), Money.SCALE, RoundingMode.HALF_UP);
        // the amount from the exact share, not the shown one: a third of 30,000 is 10,000, not 9,999.99
        BigDecimal amount = plan.monthlyFee().multiply(millis).divide(BigDecimal.valueOf(monthMillis), Money.SCALE,
                RoundingMode.HALF_UP);
        return new RatedLine(RatedLine.MONTHLY_FEE, month.label(), share, "month", plan.monthlyFee(), amount, 0,
                hash(List.of()));
    }

    private static RatedLine line(BillingMonth month, Metric metric, MetricPrice price, List<UsageInterval> intervals,
                                  Instant from, Instant to, Instant asOf, long monthMillis) {
        BigDecimal unitMillis = BigDecimal.ZERO;
        for (UsageInterval u : intervals) {
            unitMillis = unitMillis.add(u.rate().multiply(BigDecimal.valueOf(overlapMillis(u, from, to, asOf))));
        }
        BigDecimal divisor = metric.perMonth() ? BigDecimal.valueOf(monthMillis) : MILLIS_PER_HOUR;
        BigDecimal quantity = unitMillis.divide(divisor, Money.SCALE, RoundingMode.HALF_UP);
        return new RatedLine(metric.code(), month.label(), quantity, metric.unit(), price.shownUnitPrice(quantity),
                Money.precise(price.amount(quantity)), intervals.size(), hash(intervals.stream().map(UsageInterval::id).toList()));
    }

    /** Milliseconds of the interval inside [from, to). */
    static long overlapMillis(UsageInterval u, Instant from, Instant to, Instant asOf) {
        Instant start = max(u.start(), from);
        Instant end = min(u.endOr(asOf), to);
        return start.isBefore(end) ? Duration.between(start, end).toMillis() : 0;
    }

    /** SHA-256 over the sorted usage ids: the same usage always gives the same hash. */
    public static String hash(List<String> ids) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ids.stream().sorted().forEach(id -> digest.update((id + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
