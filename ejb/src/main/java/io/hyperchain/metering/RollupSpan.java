package io.hyperchain.metering;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Which rollups an average over [from, to) reads: rows of the coarse grain for the whole coarse
 * buckets inside it, rows of the fine grain for the fine buckets before the first whole coarse
 * bucket and after the last. A month (days and hours, {@link #of}) is then about 30 rows per node
 * instead of 720 — the spare election and the monthly adjustment read every node; a recent window
 * (hours and minutes, {@link #window}) — the load placement judges (P1.2) — a day's window 24 hour
 * rows and at most 120 minute rows.
 *
 * @param fineFrom   start of the fine rows before the first whole coarse bucket (from, truncated to the fine grain)
 * @param coarseFrom first whole coarse bucket
 * @param coarseTo   end of the whole coarse buckets
 * @param to         end of the fine rows after them
 */
public record RollupSpan(Grain coarse, Grain fine, Instant fineFrom, Instant coarseFrom, Instant coarseTo, Instant to) {

    /** The days-and-hours span's query: the same text {@link #averagesSql()} gives for {@link #of}. */
    public static final String AVERAGES_SQL = averagesSql(Grain.DAY, Grain.HOUR);

    /** Days and hours: the spare election's and the monthly adjustment's periods. */
    public static RollupSpan of(Instant from, Instant to) {
        return of(Grain.DAY, Grain.HOUR, from, to);
    }

    /** Hours and minutes: a recent window, the load placement judges. */
    public static RollupSpan window(Instant from, Instant to) {
        return of(Grain.HOUR, Grain.MINUTE, from, to);
    }

    private static RollupSpan of(Grain coarse, Grain fine, Instant from, Instant to) {
        Instant fineFrom = from.truncatedTo(fine.unit);
        Instant firstCoarse = from.truncatedTo(coarse.unit);
        // the fine bucket the span starts in counts whole; a span starting on a coarse bucket starts with it
        Instant coarseFrom = firstCoarse.equals(fineFrom) ? firstCoarse : firstCoarse.plus(1, coarse.unit);
        Instant coarseTo = to.truncatedTo(coarse.unit);
        if (!coarseFrom.isBefore(coarseTo)) {
            return new RollupSpan(coarse, fine, fineFrom, fineFrom, fineFrom, to); // no whole coarse bucket: fine rows only
        }
        return new RollupSpan(coarse, fine, fineFrom, coarseFrom, coarseTo, to);
    }

    /**
     * Every sampled node's sample-weighted average over the span; bind {@link #parameters()} as
     * ?1…?6 (they appear in that order, so plain JDBC may bind them as "?" in turn). The primary key
     * (grain, bucket, node_id) makes each part a range read.
     */
    public String averagesSql() {
        return averagesSql(coarse, fine);
    }

    private static String averagesSql(Grain coarse, Grain fine) {
        return "select node_id, sum(cpu * samples) / sum(samples), "
                + "sum(memory * samples) / sum(samples), sum(disk * samples) / sum(samples), sum(samples) from load_rollup "
                + "where ((grain = '" + coarse.name() + "' and bucket >= ?1 and bucket < ?2) "
                + "or (grain = '" + fine.name() + "' and (bucket >= ?3 and bucket < ?4 or bucket >= ?5 and bucket < ?6))) "
                + "group by node_id";
    }

    /** The bounds: coarse [coarseFrom, coarseTo), fine [fineFrom, coarseFrom) and [coarseTo, to). */
    public List<Timestamp> parameters() {
        return List.of(Timestamp.from(coarseFrom), Timestamp.from(coarseTo), Timestamp.from(fineFrom),
                Timestamp.from(coarseFrom), Timestamp.from(coarseTo), Timestamp.from(to));
    }
}
