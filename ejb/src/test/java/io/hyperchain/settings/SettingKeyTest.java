package io.hyperchain.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SettingKeyTest {

    @Test
    void aNumberSettingTakesWholeNumbersInItsRange() {
        assertTrue(SettingKey.ADJUST_LOW_PERCENT.accepts("0"));
        assertTrue(SettingKey.ADJUST_LOW_PERCENT.accepts("99"));
        assertFalse(SettingKey.ADJUST_LOW_PERCENT.accepts("100"));
        assertFalse(SettingKey.ADJUST_LOW_PERCENT.accepts("-1"));
        assertFalse(SettingKey.ADJUST_LOW_PERCENT.accepts("ten"));
        assertFalse(SettingKey.ADJUST_LOW_PERCENT.accepts(null));
        assertEquals("adjustLowPercent.range", SettingKey.ADJUST_LOW_PERCENT.refusalCode());
        assertEquals("adjustLowPercent must be between 0 and 99.", SettingKey.ADJUST_LOW_PERCENT.rule());
    }

    @Test
    void theLoadWindowIsAMinuteToADay() {
        var key = SettingKey.byField("loadWindowMinutes").orElseThrow();
        assertTrue(key.accepts("1"));
        assertTrue(key.accepts("1440"));
        assertFalse(key.accepts("0"));
        assertFalse(key.accepts("1441"));
        assertEquals("loadWindowMinutes must be between 1 and 1440.", key.rule());
    }

    @Test
    void adjustAveragingTakesPeriodOrUsageHoursOnly() {
        var key = SettingKey.byField("adjustAveraging").orElseThrow();
        assertTrue(key.isChoice());
        assertEquals(List.of("PERIOD", "USAGE_HOURS"), key.choices());
        assertTrue(key.accepts("PERIOD"));
        assertTrue(key.accepts("USAGE_HOURS"));
        assertFalse(key.accepts("usage_hours"));
        assertFalse(key.accepts("HOURLY"));
        assertFalse(key.accepts("1"));
        assertFalse(key.accepts(null));
        assertEquals("adjustAveraging.choice", key.refusalCode());
        assertEquals("adjustAveraging must be one of PERIOD, USAGE_HOURS.", key.rule());
    }

    @Test
    void sparePeriodTakesWeekOrMonthOnly() {
        var key = SettingKey.byField("sparePeriod").orElseThrow();
        assertEquals(List.of("week", "month"), key.choices());
        assertTrue(key.accepts("week"));
        assertTrue(key.accepts("month"));
        assertFalse(key.accepts("fortnight"));
        assertFalse(key.accepts("MONTH"));
        assertFalse(key.accepts(""));
        assertFalse(key.accepts(null));
        assertEquals("sparePeriod.choice", key.refusalCode());
        assertEquals("sparePeriod must be one of week, month.", key.rule());
    }

    @Test
    void numberSettingsHaveNoChoices() {
        assertFalse(SettingKey.BASE_CPU.isChoice());
    }
}
