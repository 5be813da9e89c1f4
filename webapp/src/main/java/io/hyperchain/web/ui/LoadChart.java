package io.hyperchain.web.ui;

import io.hyperchain.web.JsonValues;
import io.hyperchain.metering.LoadStore;
import jakarta.json.JsonArrayBuilder;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Chart.js line chart JSON (PrimeFaces p:chart) of nodes' combined load over time: one line per
 * node, in percent of its declared capacity; a bucket without samples is a gap, not a zero.
 */
final class LoadChart {

    /** The chart's time ranges: the rollup grain each reads and how far back. */
    enum Range {
        HOUR("MINUTE", java.time.Duration.ofHours(1), "HH:mm"),
        DAY("HOUR", java.time.Duration.ofDays(1), "HH:00"),
        MONTH("DAY", java.time.Duration.ofDays(31), "MM-dd");

        final String grain;
        final java.time.Duration span;
        final String labels;

        Range(String grain, java.time.Duration span, String labels) {
            this.grain = grain;
            this.span = span;
            this.labels = labels;
        }

        static Range of(String name) {
            for (Range range : values()) {
                if (range.name().equals(name)) {
                    return range;
                }
            }
            return HOUR;
        }
    }

    private LoadChart() {
    }

    /** The chart of these nodes (id → name) over the range ending now. */
    static String draw(Range range, Map<Long, String> nodes, LoadStore loads, java.time.Instant now, String axisTitle) {
        var series = new java.util.LinkedHashMap<String, List<LoadStore.Point>>();
        nodes.forEach((id, name) -> series.put(name, loads.history(id, range.grain, now.minus(range.span))));
        return of(series, DateTimeFormatter.ofPattern(range.labels), axisTitle);
    }

    /** @param series node name → its history, oldest first */
    private static String of(Map<String, List<LoadStore.Point>> series, DateTimeFormatter labelFormat, String axisTitle) {
        var buckets = new TreeSet<java.time.Instant>();
        series.values().forEach(points -> points.forEach(p -> buckets.add(p.bucket())));
        var instants = new ArrayList<>(buckets);
        var labels = JsonValues.array();
        instants.forEach(i -> labels.add(labelFormat.withZone(ZoneOffset.UTC).format(i)));
        var datasets = JsonValues.array();
        series.forEach((name, points) -> {
            var byBucket = new java.util.HashMap<java.time.Instant, LoadStore.Point>();
            points.forEach(p -> byBucket.put(p.bucket(), p));
            JsonArrayBuilder data = JsonValues.array();
            for (var instant : instants) {
                var point = byBucket.get(instant);
                if (point == null) {
                    data.addNull();
                } else {
                    double combined = Math.max(point.cpu(), Math.max(point.memory(), point.disk()));
                    data.add(Math.round(combined * 1000) / 10.0);
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
