package io.hyperchain.web.ui;

import io.hyperchain.metering.HistoryRange;
import io.hyperchain.metering.LoadStore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The line chart of nodes' combined load over time: one line per node, in percent of its declared capacity. */
final class LoadChart {

    private LoadChart() {
    }

    /** The chart of these nodes (id → name) over the range ending now. */
    static String draw(HistoryRange range, Map<Long, String> nodes, LoadStore loads, Instant now, String axisTitle) {
        var series = new LinkedHashMap<String, List<LoadStore.Point>>();
        nodes.forEach((id, name) -> series.put(name, loads.history(id, range, now)));
        return LineChart.of(series, LoadStore.Point::bucket, LoadChart::percent, LineChart.labelsOf(range), axisTitle);
    }

    /** The busiest resource, in percent to one decimal. */
    static double percent(LoadStore.Point point) {
        double combined = Math.max(point.cpu(), Math.max(point.memory(), point.disk()));
        return Math.round(combined * 1000) / 10.0;
    }
}
