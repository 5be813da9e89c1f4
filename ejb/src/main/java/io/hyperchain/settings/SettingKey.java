package io.hyperchain.settings;

import io.hyperchain.placement.LoadAveraging;
import io.hyperchain.shared.CalendarPeriod;
import java.util.Arrays;
import java.util.List;

/** The settings an admin may change: a whole number in a range, or one of a few choices. */
public enum SettingKey {
    BASE_CPU("baseCpu", 1, 1024),
    BASE_MEMORY_GIB("baseMemoryGiB", 1, 65536),
    BASE_DISK_GIB("baseDiskGiB", 1, 65536),
    /** A node whose combined load is at or above this share of its capacity takes no new tenant. */
    LOAD_THRESHOLD_PERCENT("loadThresholdPercent", 1, 100),
    /** P1.2: placement judges a node by its measured average load over this many last minutes. */
    LOAD_WINDOW_MINUTES("loadWindowMinutes", 1, 1440),
    /** Tenants whose nodes average at least this load may use the shared spare (P1.5). */
    SPARE_THRESHOLD_PERCENT("spareThresholdPercent", 1, 100),
    /** P1.5 ("e.g. monthly, configurable"): a spare is elected for each week or each month. */
    SPARE_PERIOD("sparePeriod", Arrays.stream(CalendarPeriod.Unit.values()).map(CalendarPeriod.Unit::id).toList()),
    /** P1.6: a tenant whose nodes average at least this load is proposed one more node. */
    ADJUST_HIGH_PERCENT("adjustHighPercent", 1, 100),
    /** P1.6: under this average a tenant is proposed one node fewer. */
    ADJUST_LOW_PERCENT("adjustLowPercent", 0, 99),
    /** P2.2: a container's new writes go to the sub disk once its main disk is this full. */
    DISK_THRESHOLD_PERCENT("diskThresholdPercent", 80, 95),
    /** P2.6: 1 = a bigger main disk is granted without waiting for an admin. */
    DISK_AUTO_APPROVE("diskAutoApprove", 0, 1),
    /** Billing: the VAT rate put on every invoice (snapshot at drafting), in percent. */
    TAX_PERCENT("taxPercent", 0, 100),
    /** Billing: days after a month's end that late usage still lands on its invoice before it is finalized. */
    BILLING_GRACE_DAYS("billingGraceDays", 0, 28),
    /** P1.11: pings a node may miss in a row (one a second by default) before its containers fail over. */
    NODE_MISSED_PINGS("nodeMissedPings", 1, 10),
    /** P1.11: when a failed node is back, its containers go home ("return") or stay where they run ("stay"). */
    FAILBACK("failback", List.of("return", "stay")),
    /** P1.8: nothing is rebalanced until some node is at least this busy (imbalance among idle nodes is noise). */
    REBALANCE_HOT_PERCENT("rebalanceHotPercent", 1, 100),
    /** P1.8: containers moved per rebalance round at most; 0 turns rebalancing off. */
    REBALANCE_MAX_MOVES("rebalanceMaxMoves", 0, 20),
    /** P1.8: a container moved is not moved again for this long (no ping-pong). */
    REBALANCE_COOL_DOWN_MINUTES("rebalanceCoolDownMinutes", 1, 10080),
    /** P1.12, off by default: 1 = an overloaded node may become the spare for the rest of the period. */
    OVERLOADED_SPARE("overloadedSpare", 0, 1),
    /** P1.14, off by default: nodes used less than this share are emptied onto others; 0 = never. */
    CONSOLIDATE_BELOW_PERCENT("consolidateBelowPercent", 0, 50),
    /** P1.6: average over the whole period, or over only the hours the tenant's environment ran. */
    ADJUST_AVERAGING("adjustAveraging", LoadAveraging.class),
    /** P4.4: members of a group a command works on at once. */
    GROUP_COMMAND_PARALLELISM("groupCommandParallelism", 1, 64),
    /** P4.4: seconds each member of a group may take to answer a command before it is TIMED_OUT. */
    GROUP_COMMAND_TIMEOUT_SECONDS("groupCommandTimeoutSeconds", 1, 3600);

    private final String field;
    private final int min;
    private final int max;
    private final List<String> choices;

    SettingKey(String field, int min, int max) {
        this.field = field;
        this.min = min;
        this.max = max;
        this.choices = List.of();
    }

    SettingKey(String field, Class<? extends Enum<?>> choices) {
        this(field, Arrays.stream(choices.getEnumConstants()).map(Enum::name).toList());
    }

    /** A choice among these exact words (the enum constructor above offers its constants' names). */
    SettingKey(String field, List<String> choices) {
        this.field = field;
        this.min = 0;
        this.max = 0;
        this.choices = List.copyOf(choices);
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

    /** A choice setting takes one of these names; a number setting has none. */
    public List<String> choices() {
        return choices;
    }

    public boolean isChoice() {
        return !choices.isEmpty();
    }

    /** Whether the value (as text, the way it is stored) is one this setting takes. */
    public boolean accepts(String value) {
        if (value == null) {
            return false;
        }
        if (isChoice()) {
            return choices.contains(value);
        }
        try {
            int number = Integer.parseInt(value);
            return number >= min && number <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** What a refused value is told, e.g. "adjustLowPercent must be between 0 and 99." */
    public String rule() {
        return isChoice() ? field + " must be one of " + String.join(", ", choices) + "."
                : field + " must be between " + min + " and " + max + ".";
    }

    /** The code of a refused value: {@code <field>.range} for numbers, {@code <field>.choice} for choices. */
    public String refusalCode() {
        return field + (isChoice() ? ".choice" : ".range");
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
