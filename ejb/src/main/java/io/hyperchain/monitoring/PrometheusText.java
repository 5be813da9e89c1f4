package io.hyperchain.monitoring;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The Prometheus text exposition format 0.0.4: for each family a HELP and a TYPE line, then its
 * samples. Families come out in the order given; samples sorted by their label values, so two
 * scrapes of the same figures read the same whatever order the database returned rows in.
 */
public final class PrometheusText {

    /** What a response in this format says it is. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final Comparator<List<String>> BY_LABEL_VALUES = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = a.get(i).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private PrometheusText() {
    }

    public static String render(List<MetricFamily> families) {
        var text = new StringBuilder();
        for (MetricFamily family : families) {
            text.append("# HELP ").append(family.name()).append(' ').append(escapeHelp(family.help())).append('\n');
            text.append("# TYPE ").append(family.name()).append(' ').append(family.type().name().toLowerCase(Locale.ROOT)).append('\n');
            family.samples().stream().sorted(Comparator.comparing(MetricFamily.Sample::labelValues, BY_LABEL_VALUES))
                    .forEach(sample -> text.append(family.name()).append(labels(family.labelNames(), sample.labelValues()))
                            .append(' ').append(number(sample.value())).append('\n'));
        }
        return text.toString();
    }

    private static String labels(List<String> names, List<String> values) {
        if (names.isEmpty()) {
            return "";
        }
        var text = new StringBuilder("{");
        for (int i = 0; i < names.size(); i++) {
            text.append(i == 0 ? "" : ",").append(names.get(i)).append("=\"").append(escapeLabelValue(values.get(i))).append('"');
        }
        return text.append('}').toString();
    }

    // a label value escapes backslash, double quote and line feed
    static String escapeLabelValue(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    // a help text escapes backslash and line feed (a quote stays as it is)
    static String escapeHelp(String help) {
        return help.replace("\\", "\\\\").replace("\n", "\\n");
    }

    // whole numbers without a fraction (counts), others as Java writes a double; the format's own NaN and infinities
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
