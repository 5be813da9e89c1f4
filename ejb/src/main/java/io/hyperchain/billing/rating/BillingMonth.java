package io.hyperchain.billing.rating;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** A billing period: a calendar month in the installation's time zone (never UTC by accident). */
public record BillingMonth(YearMonth month, ZoneId zone) {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}");

    /** Parses YYYY-MM; anything else is refused with the reason, for a 400 naming the field. */
    public static BillingMonth parse(String text, ZoneId zone) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            throw new IllegalArgumentException("month must look like 2026-12");
        }
        try {
            return new BillingMonth(YearMonth.parse(text), zone);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("month must look like 2026-12");
        }
    }

    public static BillingMonth containing(Instant at, ZoneId zone) {
        return new BillingMonth(YearMonth.from(at.atZone(zone)), zone);
    }

    /** Midnight of the 1st, local time. */
    public Instant start() {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** Midnight of the next 1st (exclusive). */
    public Instant end() {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    public BillingMonth next() {
        return new BillingMonth(month.plusMonths(1), zone);
    }

    public BillingMonth previous() {
        return new BillingMonth(month.minusMonths(1), zone);
    }

    public boolean endedBy(Instant at) {
        return !at.isBefore(end());
    }

    /** "2026-12" */
    public String label() {
        return month.toString();
    }
}
