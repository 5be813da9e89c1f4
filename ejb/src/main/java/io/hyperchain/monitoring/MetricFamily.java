package io.hyperchain.monitoring;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One metric family as Prometheus reads it: a name, a help text, a type, the names of its labels
 * and one sample per combination of label values. Validates itself, so {@link PrometheusText}
 * never writes a line a scraper rejects.
 */
public record MetricFamily(String name, String help, Type type, List<String> labelNames, List<Sample> samples) {

    /** The two types the portal publishes. */
    public enum Type {
        /** A value that goes up and down (nodes by state). */
        GAUGE,
        /** A count that only goes up (job runs); its name ends in {@code _total}. */
        COUNTER
    }

    /** One value, with one label value per label name, in the family's order (none is null). */
    public record Sample(List<String> labelValues, double value) {

        public Sample {
            labelValues = List.copyOf(labelValues);
        }

        /** A sample of a family without labels. */
        public static Sample of(double value) {
            return new Sample(List.of(), value);
        }
    }

    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    public MetricFamily {
        if (name == null || !METRIC_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a metric name: " + name);
        }
        if (type == Type.COUNTER && !name.endsWith("_total")) {
            throw new IllegalArgumentException("a counter's name ends in _total: " + name);
        }
        if (help == null || help.isBlank()) {
            throw new IllegalArgumentException(name + " needs a help text");
        }
        labelNames = List.copyOf(labelNames);
        for (String label : labelNames) {
            if (!LABEL_NAME.matcher(label).matches() || label.startsWith("__")) {
                throw new IllegalArgumentException(name + ": not a label name: " + label);
            }
        }
        if (labelNames.stream().distinct().count() != labelNames.size()) {
            throw new IllegalArgumentException(name + ": a label is named twice: " + labelNames);
        }
        samples = List.copyOf(samples);
        for (Sample sample : samples) {
            if (sample.labelValues().size() != labelNames.size()) {
                throw new IllegalArgumentException(name + ": sample " + sample.labelValues() + " does not match labels " + labelNames);
            }
        }
        if (samples.stream().map(Sample::labelValues).distinct().count() != samples.size()) {
            throw new IllegalArgumentException(name + ": two samples have the same labels");
        }
    }

    /** A family of one sample without labels. */
    public static MetricFamily single(String name, String help, Type type, double value) {
        return new MetricFamily(name, help, type, List.of(), List.of(Sample.of(value)));
    }
}
