package io.hyperchain.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.placement.LoadAveraging;
import io.hyperchain.shared.CalendarPeriod;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingValuesTest {

    private final SettingValues values = new SettingValues(Map.of(
            SettingKey.BASE_CPU, "2", SettingKey.BASE_MEMORY_GIB, "4", SettingKey.BASE_DISK_GIB, "20",
            SettingKey.SPARE_THRESHOLD_PERCENT, "70", SettingKey.ADJUST_AVERAGING, "USAGE_HOURS",
            SettingKey.SPARE_PERIOD, "week", SettingKey.LOAD_WINDOW_MINUTES, "15"));

    @Test
    void aPercentReadsAsAShare() {
        assertEquals(0.7, values.share(SettingKey.SPARE_THRESHOLD_PERCENT), 1e-9);
    }

    @Test
    void theLoadWindowReadsAsMinutes() {
        assertEquals(java.time.Duration.ofMinutes(15), values.loadWindow());
    }

    @Test
    void theAveragingReadsAsItsChoice() {
        assertEquals(LoadAveraging.USAGE_HOURS, values.averaging());
    }

    @Test
    void theSparePeriodReadsAsACalendarUnit() {
        assertEquals(CalendarPeriod.Unit.WEEK, values.sparePeriod());
        assertEquals(CalendarPeriod.Unit.MONTH, new SettingValues(Map.of(SettingKey.SPARE_PERIOD, "month")).sparePeriod());
    }

    @Test
    void theBaseAllotmentComesFromTheThreeBaseSettings() {
        var base = values.baseAllotment();
        assertEquals(2, base.cpu());
        assertEquals(4, base.memoryGiB());
        assertEquals(20, base.diskGiB());
    }

    @Test
    void aMissingSettingIsALoudError() {
        assertThrows(IllegalStateException.class, () -> values.number(SettingKey.ADJUST_HIGH_PERCENT));
    }

    @Test
    void valuesComeInTheOrderOfTheKeys() {
        assertEquals(SettingKey.BASE_CPU, values.asMap().keySet().iterator().next());
    }
}
