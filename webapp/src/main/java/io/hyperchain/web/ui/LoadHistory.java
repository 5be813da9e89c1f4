package io.hyperchain.web.ui;

import io.hyperchain.metering.HistoryRange;
import io.hyperchain.metering.LoadStore;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/** A load history chart on a page: the chosen range and the chart drawn for it. */
public final class LoadHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    private String range = HistoryRange.HOUR.name();
    private String json;

    /** Draws the nodes (id → name) over the chosen range ending now. */
    void draw(Map<Long, String> nodes, LoadStore loads, Instant now, String axisTitle) {
        json = LoadChart.draw(HistoryRange.byName(range), nodes, loads, now, axisTitle);
    }

    public String getRange() {
        return range;
    }

    public void setRange(String range) {
        this.range = HistoryRange.byName(range).name();
    }

    public String getJson() {
        return json;
    }
}
