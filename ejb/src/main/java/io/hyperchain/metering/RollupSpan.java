package io.hyperchain.metering;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Which rollups an average over [from, to) reads: day rows for the whole (UTC) days inside it,
 * hour rows for the hours before the first whole day and after the last. A month is then 30 rows
 * per node instead of 720 — the spare election and the monthly adjustment read every node.
 */
public record RollupSpan(Instant hoursFrom, Instant daysFrom, Instant daysTo, Instant to) {

    /**
     * Every node's sample-weighted average over the span; bind {@link #parameters()} as ?1…?6 (they
     * appear in that order, so plain JDBC may bind them as "?" in turn).
     * The primary key (grain, bucket, node_id) makes each part a range read.
     */
    public static final String AVERAGES_SQL = "select node_id, sum(cpu * samples) / sum(samples), "
            + "sum(memory * samples) / sum(samples), sum(disk * samples) / sum(samples), sum(samples) from load_rollup "
            + "where ((grain = 'DAY' and bucket >= ?1 and bucket < ?2) "
            + "or (grain = 'HOUR' and (bucket >= ?3 and bucket < ?4 or bucket >= ?5 and bucket < ?6))) group by node_id";

    public static RollupSpan of(Instant from, Instant to) {
        Instant hoursFrom = from.truncatedTo(ChronoUnit.HOURS);
        Instant firstDay = from.truncatedTo(ChronoUnit.DAYS);
        Instant daysFrom = firstDay.equals(from) ? firstDay : firstDay.plus(1, ChronoUnit.DAYS);
        Instant daysTo = to.truncatedTo(ChronoUnit.DAYS);
        if (!daysFrom.isBefore(daysTo)) {
            return new RollupSpan(hoursFrom, hoursFrom, hoursFrom, to); // no whole day: hours only
        }
        return new RollupSpan(hoursFrom, daysFrom, daysTo, to);
    }

    /** The bounds for {@link #AVERAGES_SQL}: days [daysFrom, daysTo), hours [hoursFrom, daysFrom) and [daysTo, to). */
    public List<Timestamp> parameters() {
        return List.of(Timestamp.from(daysFrom), Timestamp.from(daysTo), Timestamp.from(hoursFrom), Timestamp.from(daysFrom),
                Timestamp.from(daysTo), Timestamp.from(to));
    }
}
