package io.hyperchain.web.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the jobs page writes times: a schedule's fire times in the installation's zone with UTC beside
 * (the triggers read their cron in UTC), a run's start in the installation's zone, and a run's
 * duration as a bundle key with its figures. Plain Java, so the formats are tested alone.
 */
final class JobTimes {

    /** A text of the bundle and its figures ("jobs.duration.seconds", 1.2). */
    record Phrase(String key, Object... arguments) {
    }

    /** UTC by its name ("UTC", where the offset would print "Z"). */
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private JobTimes() {
    }

    /** A fire time as the preview lists it: "Mon 2027-03-15 19:00:10 KST · 10:00:10 UTC". */
    static String fireTime(Instant fire, ZoneId zone, Locale locale) {
        boolean utc = zone.normalized().equals(ZoneOffset.UTC);
        String local = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss z", locale).withZone(utc ? UTC : zone).format(fire);
        return utc ? local : local + " · " + UTC_TIME.format(fire);
    }

    /** When a run started, in the installation's zone (the column header names the zone). */
    static String started(Instant started, ZoneId zone) {
        return STARTED.withZone(zone).format(started);
    }

    /** How long a run took: milliseconds under a second, seconds to a tenth under a minute, else minutes and seconds. */
    static Phrase duration(Instant started, Instant finished) {
        if (finished == null) {
            return new Phrase("jobs.run.running");
        }
        long millis = Math.max(0, Duration.between(started, finished).toMillis());
        if (millis < 1000) {
            return new Phrase("jobs.duration.millis", millis);
        }
        if (millis < 60_000) {
            return new Phrase("jobs.duration.seconds", BigDecimal.valueOf(millis).movePointLeft(3).setScale(1, RoundingMode.HALF_UP));
        }
        long seconds = Math.round(millis / 1000.0);
        return new Phrase("jobs.duration.minutes", seconds / 60, seconds % 60);
    }
}
