package io.hyperchain.settings;

/** The settings an admin may change, with the range each accepts. */
public enum SettingKey {
    BASE_CPU("baseCpu", 1, 1024),
    BASE_MEMORY_GIB("baseMemoryGiB", 1, 65536),
    BASE_DISK_GIB("baseDiskGiB", 1, 65536),
    /** A node whose combined load is at or above this share of its capacity takes no new tenant. */
    LOAD_THRESHOLD_PERCENT("loadThresholdPercent", 1, 100),
    /** Tenants whose nodes average at least this load may use the shared spare (P1.5). */
    SPARE_THRESHOLD_PERCENT("spareThresholdPercent", 1, 100),
    /** P1.6: a tenant whose nodes average at least this load is proposed one more node. */
    ADJUST_HIGH_PERCENT("adjustHighPercent", 1, 100),
    /** P1.6: under this average a tenant is proposed one node fewer. */
    ADJUST_LOW_PERCENT("adjustLowPercent", 0, 99),
    /** P2.2: a container's new writes go to the sub disk once its main disk is this full. */
    DISK_THRESHOLD_PERCENT("diskThresholdPercent", 80, 95),
    /** P2.6: 1 = a bigger main disk is granted without waiting for an admin. */
    DISK_AUTO_APPROVE("diskAutoApprove", 0, 1);

    private final String field;
    private final int min;
    private final int max;

    SettingKey(String field, int min, int max) {
        this.field = field;
        this.min = min;
        this.max = max;
    }

    /** The name in the API, the database and the page. */
    public String field() {
        return field;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public static java.util.Optional<SettingKey> byField(String field) {
        for (SettingKey key : values()) {
            if (key.field.equals(field)) {
                return java.util.Optional.of(key);
            }
        }
        return java.util.Optional.empty();
    }
}
