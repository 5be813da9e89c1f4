package io.hyperchain.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hyperchain.monitoring.MetricFamily.Sample;
import io.hyperchain.monitoring.MetricFamily.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    @Test
    void eachFamilyHasAHelpAndATypeLineBeforeItsSamples() {
        var nodes = new MetricFamily("hyperchain_nodes", "Registered nodes.", Type.GAUGE, List.of("state", "health"),
                List.of(new Sample(List.of("ACTIVE", "UP"), 3), new Sample(List.of("ACTIVE", "DOWN"), 1)));
        var runs = MetricFamily.single("hyperchain_placements_total", "Placements.", Type.COUNTER, 12);

        assertEquals("""
                # HELP hyperchain_nodes Registered nodes.
                # TYPE hyperchain_nodes gauge
                hyperchain_nodes{state="ACTIVE",health="DOWN"} 1
                hyperchain_nodes{state="ACTIVE",health="UP"} 3
                # HELP hyperchain_placements_total Placements.
                # TYPE hyperchain_placements_total counter
                hyperchain_placements_total 12
                """, PrometheusText.render(List.of(nodes, runs)));
    }

    @Test
    void familiesKeepTheirOrderAndSamplesAreSortedByLabelValues() {
        var b = new MetricFamily("b_metric", "B.", Type.GAUGE, List.of("job", "outcome"), List.of(
                new Sample(List.of("rebalance", "DONE"), 1), new Sample(List.of("load-sampling", "FAILED"), 2),
                new Sample(List.of("load-sampling", "DONE"), 3)));
        var a = MetricFamily.single("a_metric", "A.", Type.GAUGE, 0);

        assertEquals(List.of("# HELP b_metric B.", "# TYPE b_metric gauge",
                "b_metric{job=\"load-sampling\",outcome=\"DONE\"} 3",
                "b_metric{job=\"load-sampling\",outcome=\"FAILED\"} 2",
                "b_metric{job=\"rebalance\",outcome=\"DONE\"} 1",
                "# HELP a_metric A.", "# TYPE a_metric gauge", "a_metric 0"),
                PrometheusText.render(List.of(b, a)).lines().toList());
    }

    @Test
    void labelValuesEscapeBackslashQuoteAndLineFeed() {
        var family = new MetricFamily("m", "M.", Type.GAUGE, List.of("job"),
                List.of(new Sample(List.of("a\\b \"c\"\nd"), 1)));

        assertEquals("m{job=\"a\\\\b \\\"c\\\"\\nd\"} 1", PrometheusText.render(List.of(family)).lines().toList().get(2));
    }

    @Test
    void helpEscapesBackslashAndLineFeedButNotQuotes() {
        assertEquals("say \"hi\" \\\\ twice\\nthen stop", PrometheusText.escapeHelp("say \"hi\" \\ twice\nthen stop"));
    }

    @Test
    void wholeNumbersHaveNoFractionAndOthersKeepTheirs() {
        assertEquals("42", PrometheusText.number(42));
        assertEquals("0", PrometheusText.number(-0.0));
        assertEquals("1.25", PrometheusText.number(1.25));
        assertEquals("0.003", PrometheusText.number(0.003));
        assertEquals("1.0E20", PrometheusText.number(1e20));
    }

    @Test
    void notANumberAndInfinitiesAreWrittenTheFormatsWay() {
        assertEquals("NaN", PrometheusText.number(Double.NaN));
        assertEquals("+Inf", PrometheusText.number(Double.POSITIVE_INFINITY));
        assertEquals("-Inf", PrometheusText.number(Double.NEGATIVE_INFINITY));
    }

    @Test
    void aFamilyWithoutSamplesStillSaysWhatItIs() {
        var family = new MetricFamily("hyperchain_job_last_duration_seconds", "Durations.", Type.GAUGE, List.of("job"), List.of());

        assertEquals("# HELP hyperchain_job_last_duration_seconds Durations.\n"
                + "# TYPE hyperchain_job_last_duration_seconds gauge\n", PrometheusText.render(List.of(family)));
    }

    @Test
    void theContentTypeIsTheTextFormatVersion004() {
        assertEquals("text/plain; version=0.0.4; charset=utf-8", PrometheusText.CONTENT_TYPE);
    }
}
