package io.hyperchain.billing.rating;

import java.util.Arrays;
import java.util.Optional;

/** What is metered. Quantities are rate × time: hours for the *-hours metrics, months for disk. */
public enum Metric {
    NODE_HOURS("node-hours", "hour"),
    SPARE_NODE_HOURS("spare-node-hours", "hour"),
    CPU_CORE_HOURS("cpu-core-hours", "hour"),
    MEMORY_GIB_HOURS("memory-gib-hours", "hour"),
    DISK_GIB_MONTHS("disk-gib-months", "month"),
    SUB_DISK_GIB_HOURS("sub-disk-gib-hours", "hour");

    private final String code;
    private final String unit;

    Metric(String code, String unit) {
        this.code = code;
        this.unit = unit;
    }

    /** The name used in the API, the plans and the exports. */
    public String code() {
        return code;
    }

    /** "hour" or "month": the unit a quantity of this metric is counted in. */
    public String unit() {
        return unit;
    }

    public boolean perMonth() {
        return "month".equals(unit);
    }

    public static Optional<Metric> ofCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
