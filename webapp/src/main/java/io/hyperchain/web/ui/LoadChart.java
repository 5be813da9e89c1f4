package io.hyperchain.web.ui;

import io.hyperchain.metering.LoadStore;
import jakarta.json.Json;
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

    private LoadChart() {
    }

    /** @param series node name → its history, oldest first */
    static String of(Map<String, List<LoadStore.Point>> series, DateTimeFormatter labelFormat, String axisTitle) {
        var buckets = new TreeSet<java.time.Instant>();
        series.values().forEach(points -> points.forEach(p -> buckets.add(p.bucket())));
        var instants = new ArrayList<>(buckets);
        var labels = Json.createArrayBuilder();
        instants.forEach(i -> labels.add(labelFormat.withZone(ZoneOffset.UTC).format(i)));
        var datasets = Json.createArrayBuilder();
        series.forEach((name, points) -> {
            var byBucket = new java.util.HashMap<java.time.Instant, LoadStore.Point>();
            points.forEach(p -> byBucket.put(p.bucket(), p));
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (var instant : instants) {
                var point = byBucket.get(instant);
                if (point == null) {
                    data.addNull();
                } else {
                    double combined = Math.max(point.cpu(), Math.max(point.memory(), point.disk()));
                    data.add(Math.round(combined * 1000) / 10.0);
                }
            }
            datasets.add(Json.createObjectBuilder().add("label", name).add("data", data).add("fill", false)
                    .add("spanGaps", false).add("tension", 0.2));
        });
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("responsive", true)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("min", 0)
                                        .add("title", Json.createObjectBuilder().add("display", true).add("text", axisTitle)))))
                .build().toString();
    }
}
