package io.hyperchain.web.ui;

import io.hyperchain.metering.ContainerUsageHistory;
import io.hyperchain.metering.HistoryRange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The line chart of a tenant's containers' usage over time (P4.3): one line per container, named by
 * its node (and the node hosting it, when another), in one of CPU cores, memory or disk.
 */
final class UsageChart {

    private static final double MIB = 1024.0 * 1024;

    /** What the chart shows, and how a point reads on its axis. */
    enum Metric {
        /** Cores used on average, to a thousandth. */
        CPU(point -> Math.round(point.cpuCores() * 1000) / 1000.0),
        /** Memory in MiB, to a tenth. */
        MEMORY(point -> Math.round(point.memoryBytes() / MIB * 10) / 10.0),
        /** Writable-layer disk in MiB, to a tenth. */
        DISK(point -> Math.round(point.diskBytes() / MIB * 10) / 10.0);

        final ToDoubleFunction<ContainerUsageHistory.Point> value;

        Metric(ToDoubleFunction<ContainerUsageHistory.Point> value) {
            this.value = value;
        }

        /** A page's choice by name; CPU for anything else. */
        static Metric byName(String name) {
            for (Metric metric : values()) {
                if (metric.name().equals(name)) {
                    return metric;
                }
            }
            return CPU;
        }
    }

    private UsageChart() {
    }

    static String of(HistoryRange range, List<ContainerUsageHistory.Series> containers, Metric metric, String axisTitle) {
        Map<String, List<ContainerUsageHistory.Point>> series = new LinkedHashMap<>();
        containers.forEach(container -> series.merge(label(container), container.points(), (a, b) -> a));
        return LineChart.of(series, ContainerUsageHistory.Point::at, metric.value, LineChart.labelsOf(range), axisTitle);
    }

    /** The container's node, and where it runs when that is another node (after a failover or a move). */
    static String label(ContainerUsageHistory.Series container) {
        return container.hostNodeId() == container.nodeId() ? container.nodeName()
                : container.nodeName() + " \u2192 " + container.hostNodeName();
    }
}
