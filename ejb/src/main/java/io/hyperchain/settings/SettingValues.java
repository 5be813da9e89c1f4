package io.hyperchain.settings;

import io.hyperchain.placement.BaseAllotment;
import io.hyperchain.placement.LoadAveraging;
import io.hyperchain.shared.CalendarPeriod;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The settings as they are now, each value as stored (text), read as a number or a choice. */
public final class SettingValues {

    private final Map<SettingKey, String> values;

    public SettingValues(Map<SettingKey, String> values) {
        this.values = Collections.unmodifiableMap(values.isEmpty() ? new EnumMap<>(SettingKey.class) : new EnumMap<>(values));
    }

    public int number(SettingKey key) {
        return Integer.parseInt(require(key));
    }

    /** A percent setting as a share of capacity, 0..1. */
    public double share(SettingKey key) {
        return number(key) / 100.0;
    }

    /** The VAT rate as a fraction for money (0.10 for 10 %): exact, never a double. */
    public java.math.BigDecimal taxRate() {
        return java.math.BigDecimal.valueOf(number(SettingKey.TAX_PERCENT)).movePointLeft(2);
    }

    /** A choice setting's stored word. */
    public String text(SettingKey key) {
        return require(key);
    }

    public <E extends Enum<E>> E choice(SettingKey key, Class<E> type) {
        return Enum.valueOf(type, require(key));
    }

    public BaseAllotment baseAllotment() {
        return new BaseAllotment(number(SettingKey.BASE_CPU), number(SettingKey.BASE_MEMORY_GIB),
                number(SettingKey.BASE_DISK_GIB));
    }

    /** P1.2: how far back placement averages a node's measured load. */
    public java.time.Duration loadWindow() {
        return java.time.Duration.ofMinutes(number(SettingKey.LOAD_WINDOW_MINUTES));
    }

    /** P4.4: how long each member of a group may take to answer a command. */
    public java.time.Duration groupCommandTimeout() {
        return java.time.Duration.ofSeconds(number(SettingKey.GROUP_COMMAND_TIMEOUT_SECONDS));
    }

    public LoadAveraging averaging() {
        return choice(SettingKey.ADJUST_AVERAGING, LoadAveraging.class);
    }

    /** P1.5: whether a spare is elected for each week or each month. */
    public CalendarPeriod.Unit sparePeriod() {
        String value = require(SettingKey.SPARE_PERIOD);
        return CalendarPeriod.Unit.byId(value).orElseThrow(() ->
                new IllegalStateException("setting sparePeriod holds " + value + ", not week or month"));
    }

    /** Every stored value by key, in the order of {@link SettingKey}. */
    public Map<SettingKey, String> asMap() {
        return values;
    }

    private String require(SettingKey key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("setting " + key.field() + " is not stored");
        }
        return value;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
