package io.hyperchain.metering;

import io.hyperchain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * P4.3: the spans a usage history is drawn over, for nodes and tenants' containers alike: the last
 * hour by minute, the last day by hour, the last month (31 days) by day. Each reads one rollup grain.
 */
public enum HistoryRange {
    HOUR(Grain.MINUTE, Duration.ofHours(1)),
    DAY(Grain.HOUR, Duration.ofDays(1)),
    MONTH(Grain.DAY, Duration.ofDays(31));

    private final Grain grain;
    private final Duration span;

    HistoryRange(Grain grain, Duration span) {
        this.grain = grain;
        this.span = span;
    }

    /** The rollup grain its points are. */
    public Grain grain() {
        return grain;
    }

    /** The first bucket it shows, for a range ending now. */
    public Instant since(Instant now) {
        return now.minus(span);
    }

    /** How the API names it: hour, day, month. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The range the API names by this word; the last hour when none is named; 400 {@code grain.unknown} otherwise. */
    public static HistoryRange ofWord(String word) {
        if (word == null) {
            return HOUR;
        }
        return Arrays.stream(values()).filter(range -> range.word().equals(word)).findFirst()
                .orElseThrow(() -> DomainException.invalid("grain", "grain.unknown", "grain is one of "
                        + String.join(", ", Arrays.stream(values()).map(HistoryRange::word).toList()) + "."));
    }

    /** A page's choice by name (HOUR, DAY, MONTH); the last hour for anything else. */
    public static HistoryRange byName(String name) {
        return Arrays.stream(values()).filter(range -> range.name().equals(name)).findFirst().orElse(HOUR);
    }
}
