package io.hyperchain.web.ui;

import io.hyperchain.metering.ContainerUsageHistory;
import io.hyperchain.metering.HistoryRange;
import java.io.Serializable;
import java.util.List;

/** A tenant's containers' usage chart on a page (P4.3): the chosen range and metric, and the chart drawn for them. */
public final class UsageHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    private String range = HistoryRange.HOUR.name();
    private String metric = UsageChart.Metric.CPU.name();
    private String json;
    private boolean empty = true;

    HistoryRange range() {
        return HistoryRange.byName(range);
    }

    /** Draws the containers' history, read for {@link #range()}; the axis title is the metric's. */
    void draw(List<ContainerUsageHistory.Series> containers, String axisTitle) {
        json = UsageChart.of(range(), containers, UsageChart.Metric.byName(metric), axisTitle);
        empty = containers.isEmpty();
    }

    /** The message key of the chosen metric's axis title. */
    String axisKey() {
        return "usage.axis." + UsageChart.Metric.byName(metric).name().toLowerCase(java.util.Locale.ROOT);
    }

    public String getRange() {
        return range;
    }

    public void setRange(String range) {
        this.range = HistoryRange.byName(range).name();
    }

    public String getMetric() {
        return metric;
    }

    public void setMetric(String metric) {
        this.metric = UsageChart.Metric.byName(metric).name();
    }

    public String getJson() {
        return json;
    }

    /** No container of the tenant was measured in the range. */
    public boolean isEmpty() {
        return empty;
    }
}
