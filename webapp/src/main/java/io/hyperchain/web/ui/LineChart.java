package io.hyperchain.web.ui;

import io.hyperchain.metering.HistoryRange;
import io.hyperchain.web.JsonValues;
import jakarta.json.JsonArrayBuilder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Chart.js line chart JSON (PrimeFaces p:chart) of histories over time: one line per series over the
 * buckets any of them has; a bucket a series lacks is a gap, not a zero. Nodes' load ({@link LoadChart})
 * and tenants' containers' usage ({@link UsageChart}) are drawn by it.
 */
final class LineChart {

    private LineChart() {
    }

    /** How a range's buckets are labelled (UTC, like the rollups): minutes, hours, days. */
    static DateTimeFormatter labelsOf(HistoryRange range) {
        String pattern = switch (range) {
            case HOUR -> "HH:mm";
            case DAY -> "HH:00";
            case MONTH -> "MM-dd";
        };
        return DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC);
    }

    /**
     * @param series name → its points, oldest first
     * @param at     a point's bucket
     * @param value  what a point draws, as the axis reads it
     */
    static <P> String of(Map<String, List<P>> series, Function<P, Instant> at, ToDoubleFunction<P> value,
                         DateTimeFormatter labelFormat, String axisTitle) {
        var buckets = new TreeSet<Instant>();
        series.values().forEach(points -> points.forEach(p -> buckets.add(at.apply(p))));
        var instants = new ArrayList<>(buckets);
        var labels = JsonValues.array();
        instants.forEach(i -> labels.add(labelFormat.format(i)));
        var datasets = JsonValues.array();
        series.forEach((name, points) -> {
            var byBucket = new HashMap<Instant, P>();
            points.forEach(p -> byBucket.put(at.apply(p), p));
            JsonArrayBuilder data = JsonValues.array();
            for (var instant : instants) {
                var point = byBucket.get(instant);
                if (point == null) {
                    data.addNull();
                } else {
                    data.add(value.applyAsDouble(point));
                }
            }
            datasets.add(JsonValues.object().add("label", name).add("data", data).add("fill", false)
                    .add("spanGaps", false).add("tension", 0.2));
        });
        return JsonValues.object()
                .add("type", "line")
                .add("data", JsonValues.object().add("labels", labels).add("datasets", datasets))
                .add("options", JsonValues.object()
                        .add("animation", false)
                        .add("responsive", true)
                        .add("scales", JsonValues.object()
                                .add("y", JsonValues.object().add("min", 0)
                                        .add("title", JsonValues.object().add("display", true).add("text", axisTitle)))))
                .build().toString();
    }
}
