package io.hyperchain.monitoring;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.monitoring.MetricFamily.Sample;
import io.hyperchain.monitoring.MetricFamily.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricFamilyTest {

    @Test
    void aNameThatPrometheusRejectsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MetricFamily.single("hyperchain-nodes", "N.", Type.GAUGE, 1));
        assertThrows(IllegalArgumentException.class, () -> MetricFamily.single("1nodes", "N.", Type.GAUGE, 1));
        assertDoesNotThrow(() -> MetricFamily.single("hyperchain:nodes_2", "N.", Type.GAUGE, 1));
    }

    @Test
    void aCounterIsNamedWithTotal() {
        assertThrows(IllegalArgumentException.class, () -> MetricFamily.single("hyperchain_placements", "P.", Type.COUNTER, 1));
    }

    @Test
    void aFamilyNeedsAHelpText() {
        assertThrows(IllegalArgumentException.class, () -> MetricFamily.single("hyperchain_tenants", " ", Type.GAUGE, 1));
    }

    @Test
    void labelNamesAreIdentifiersAndNotReserved() {
        assertThrows(IllegalArgumentException.class, () -> new MetricFamily("m", "M.", Type.GAUGE, List.of("a-b"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new MetricFamily("m", "M.", Type.GAUGE, List.of("__name"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new MetricFamily("m", "M.", Type.GAUGE, List.of("a", "a"), List.of()));
    }

    @Test
    void eachSampleHasOneValuePerLabel() {
        assertThrows(IllegalArgumentException.class, () -> new MetricFamily("m", "M.", Type.GAUGE, List.of("state", "health"),
                List.of(new Sample(List.of("ACTIVE"), 1))));
    }

    @Test
    void twoSamplesWithTheSameLabelsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MetricFamily("m", "M.", Type.GAUGE, List.of("state"),
                List.of(new Sample(List.of("UP"), 1), new Sample(List.of("UP"), 2))));
    }
}
