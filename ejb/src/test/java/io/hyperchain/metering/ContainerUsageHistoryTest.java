package io.hyperchain.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hyperchain.metering.ContainerUsageHistory.Point;
import io.hyperchain.metering.ContainerUsageHistory.Row;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerUsageHistoryTest {

    private static Point at(String minute) {
        return new Point(Instant.parse("2026-12-03T10:" + minute + ":00Z"), 0.5, 100, 200);
    }

    @Test
    void eachNodesRowsAreOneSeriesInOrder() {
        var series = ContainerUsageHistory.series(List.of(new Row(1, 1, at("00")), new Row(1, 1, at("01")),
                new Row(4, 4, at("01"))), node -> "node-" + node);
        assertEquals(2, series.size());
        assertEquals(1, series.get(0).nodeId());
        assertEquals("node-1", series.get(0).nodeName());
        assertEquals(List.of(at("00"), at("01")), series.get(0).points());
        assertEquals(List.of(at("01")), series.get(1).points());
    }

    @Test
    void aContainerRunsWhereItsNewestBucketSaysAfterAFailover() {
        var series = ContainerUsageHistory.series(List.of(new Row(1, 1, at("00")), new Row(1, 3, at("01"))),
                node -> "node-" + node);
        assertEquals(3, series.get(0).hostNodeId());
        assertEquals("node-3", series.get(0).hostNodeName());
        assertEquals(1, series.get(0).nodeId(), "still the tenant's container on node 1");
    }

    @Test
    void noRowsAreNoSeries() {
        assertEquals(List.of(), ContainerUsageHistory.series(List.of(), node -> "node-" + node));
    }
}
