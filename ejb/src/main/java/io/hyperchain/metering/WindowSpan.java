package io.hyperchain.metering;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Which rollups an average over a recent window [from, to) reads (the load placement judges, P1.2):
 * hour rows for the whole hours inside it, minute rows for the minutes before the first whole hour
 * and after the last. A day's window is then 24 hour rows and at most 120 minute rows per node.
 */
public record WindowSpan(Instant minutesFrom, Instant hoursFrom, Instant hoursTo, Instant to) {

    /**
     * Every sampled node's sample-weighted average over the span; bind {@link #parameters()} as
     * ?1…?6. The primary key (grain, bucket, node_id) makes each part a range read.
     */
    public static final String AVERAGES_SQL = "select node_id, sum(cpu * samples) / sum(samples), "
            + "sum(memory * samples) / sum(samples), sum(disk * samples) / sum(samples), sum(samples) from load_rollup "
            + "where ((grain = 'HOUR' and bucket >= ?1 and bucket < ?2) "
            + "or (grain = 'MINUTE' and (bucket >= ?3 and bucket < ?4 or bucket >= ?5 and bucket < ?6))) group by node_id";

    public static WindowSpan of(Instant from, Instant to) {
        Instant minutesFrom = from.truncatedTo(ChronoUnit.MINUTES);
        Instant firstHour = from.truncatedTo(ChronoUnit.HOURS);
        Instant hoursFrom = firstHour.equals(minutesFrom) ? firstHour : firstHour.plus(1, ChronoUnit.HOURS);
        Instant hoursTo = to.truncatedTo(ChronoUnit.HOURS);
        if (!hoursFrom.isBefore(hoursTo)) {
            return new WindowSpan(minutesFrom, minutesFrom, minutesFrom, to); // no whole hour: minutes only
        }
        return new WindowSpan(minutesFrom, hoursFrom, hoursTo, to);
    }

    /** The bounds for {@link #AVERAGES_SQL}: hours [hoursFrom, hoursTo), minutes [minutesFrom, hoursFrom) and [hoursTo, to). */
    public List<Timestamp> parameters() {
        return List.of(Timestamp.from(hoursFrom), Timestamp.from(hoursTo), Timestamp.from(minutesFrom),
                Timestamp.from(hoursFrom), Timestamp.from(hoursTo), Timestamp.from(to));
    }
}
