package io.hyperchain.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hyperchain.metering.ContainerUsageHistory.Point;
import io.hyperchain.metering.ContainerUsageHistory.Series;
import io.hyperchain.metering.HistoryRange;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageChartTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-12-03T10:01:00Z");
    private static final long MIB = 1024 * 1024;

    private static final Series HOME = new Series(1, "alpha", 1, "alpha",
            List.of(new Point(T0, 0.12345, 512 * MIB, 3 * MIB / 2), new Point(T1, 0.5, 256 * MIB, 2 * MIB)));
    private static final Series FAILED_OVER = new Series(2, "beta", 3, "gamma", List.of(new Point(T1, 1.0, MIB, 0)));

    private static JsonObject chart(UsageChart.Metric metric) {
        try (var reader = Json.createReader(new StringReader(UsageChart.of(HistoryRange.HOUR, List.of(HOME, FAILED_OVER),
                metric, "axis")))) {
            return reader.readObject();
        }
    }

    private static List<JsonValue> data(JsonObject chart, int dataset) {
        return chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(dataset).getJsonArray("data");
    }

    @Test
    void oneLinePerContainerOverEveryBucketAnyOfThemHas() {
        var chart = chart(UsageChart.Metric.CPU);
        assertEquals(List.of("10:00", "10:01"), chart.getJsonObject("data").getJsonArray("labels").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("alpha", chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("label"));
        assertEquals(JsonValue.NULL, data(chart, 1).get(0), "a bucket without samples is a gap, not a zero");
    }

    @Test
    void aContainerHostedOnAnotherNodeSaysWhere() {
        assertEquals("alpha", UsageChart.label(HOME));
        assertEquals("beta \u2192 gamma", UsageChart.label(FAILED_OVER));
    }

    @Test
    void cpuIsInCoresToAThousandth() {
        assertEquals(List.of(0.123, 0.5), data(chart(UsageChart.Metric.CPU), 0).stream()
                .map(v -> ((jakarta.json.JsonNumber) v).doubleValue()).toList());
    }

    @Test
    void memoryAndDiskAreInMibToATenth() {
        assertEquals(List.of(512.0, 256.0), data(chart(UsageChart.Metric.MEMORY), 0).stream()
                .map(v -> ((jakarta.json.JsonNumber) v).doubleValue()).toList());
        assertEquals(List.of(1.5, 2.0), data(chart(UsageChart.Metric.DISK), 0).stream()
                .map(v -> ((jakarta.json.JsonNumber) v).doubleValue()).toList());
    }

    @Test
    void aPageChoosesTheMetricByNameAndFallsBackToCpu() {
        assertEquals(UsageChart.Metric.DISK, UsageChart.Metric.byName("DISK"));
        assertEquals(UsageChart.Metric.CPU, UsageChart.Metric.byName("GPU"));
        assertEquals(UsageChart.Metric.CPU, UsageChart.Metric.byName(null));
    }

    @Test
    void eachRangeLabelsItsBucketsInUtc() {
        assertEquals("10:17", LineChart.labelsOf(HistoryRange.HOUR).format(Instant.parse("2026-12-03T10:17:00Z")));
        assertEquals("10:00", LineChart.labelsOf(HistoryRange.DAY).format(Instant.parse("2026-12-03T10:00:00Z")));
        assertEquals("12-03", LineChart.labelsOf(HistoryRange.MONTH).format(Instant.parse("2026-12-03T00:00:00Z")));
    }

    @Test
    void aNodesLoadIsItsBusiestResourceInPercent() {
        assertEquals(73.5, LoadChart.percent(new io.hyperchain.metering.LoadStore.Point(T0, 0.2, 0.7349, 0.1)));
    }
}
