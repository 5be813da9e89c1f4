package io.hyperchain.shared;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A calendar week (ISO: Monday to Sunday, numbered within its week-based year) or a calendar
 * month, in UTC like the job schedules: the period a periodic job serves. Keyed "2026-W49" or
 * "2026-12"; [start, end) covers it exactly, so consecutive periods neither overlap nor leave gaps.
 */
public record CalendarPeriod(Unit unit, LocalDate first) {

    /** How long a period is; the id is its name in the settings ("week", "month"). */
    public enum Unit {
        WEEK("week"),
        MONTH("month");

        private final String id;

        Unit(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Unit> byId(String id) {
            return Arrays.stream(values()).filter(unit -> unit.id.equals(id)).findFirst();
        }
    }

    private static final Pattern WEEK_KEY = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH_KEY = Pattern.compile("(\\d{4})-(\\d{2})");

    /** A period starts on its unit's first day: a Monday, or the 1st of a month. */
    public CalendarPeriod {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(first, "first");
        if (!first.equals(firstDay(unit, first))) {
            throw new IllegalArgumentException(first + " does not start a " + unit.id());
        }
    }

    /** The period of this unit that the instant falls in (UTC). */
    public static CalendarPeriod containing(Unit unit, Instant instant) {
        return new CalendarPeriod(unit, firstDay(unit, LocalDate.ofInstant(instant, ZoneOffset.UTC)));
    }

    /** The period of a key as {@link #key()} writes it; anything else is an IllegalArgumentException. */
    public static CalendarPeriod parse(String key) {
        if (key != null) {
            try {
                var week = WEEK_KEY.matcher(key);
                if (week.matches()) {
                    return week(Integer.parseInt(week.group(1)), Integer.parseInt(week.group(2)));
                }
                var month = MONTH_KEY.matcher(key);
                if (month.matches()) {
                    return new CalendarPeriod(Unit.MONTH,
                            YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))).atDay(1));
                }
            } catch (DateTimeException e) {
                // a month 13 or a week 0: refused below like any other bad key
            }
        }
        throw new IllegalArgumentException("not a week (2026-W49) or a month (2026-12): " + key);
    }

    /** "2026-W49" (the ISO week-based year, which may differ from the calendar year) or "2026-12". */
    public String key() {
        return switch (unit) {
            case WEEK -> String.format(Locale.ROOT, "%04d-W%02d", first.get(IsoFields.WEEK_BASED_YEAR),
                    first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", first.getYear(), first.getMonthValue());
        };
    }

    /** The first instant of the period, 00:00 UTC of its first day. */
    public Instant start() {
        return first.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period (exclusive), which is where the next one starts. */
    public Instant end() {
        return next().start();
    }

    public CalendarPeriod previous() {
        return new CalendarPeriod(unit, unit == Unit.WEEK ? first.minusWeeks(1) : first.minusMonths(1));
    }

    public CalendarPeriod next() {
        return new CalendarPeriod(unit, unit == Unit.WEEK ? first.plusWeeks(1) : first.plusMonths(1));
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    @Override
    public String toString() {
        return key();
    }

    private static LocalDate firstDay(Unit unit, LocalDate day) {
        return switch (unit) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** Week w of the ISO week-based year y; 4 January is always in week 1, and only some years have a week 53. */
    private static CalendarPeriod week(int year, int week) {
        LocalDate inWeekOne = LocalDate.of(year, 1, 4);
        if (!IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(inWeekOne).isValidValue(week)) {
            throw new DateTimeException(year + " has no week " + week);
        }
        LocalDate day = inWeekOne.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week);
        return new CalendarPeriod(Unit.WEEK, firstDay(Unit.WEEK, day));
    }
}
