package io.hyperchain.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeptMeasurementsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T10:00:00Z"));
    private final KeptMeasurements kept = new KeptMeasurements(clock, KeptMeasurements.SAMPLING_INTERVAL);

    @Test
    void measuredLoadsAreReadAgainOnceAsOldAsTheIntervalAndNoSooner() {
        assertTrue(kept.due(), "nothing read yet");
        kept.keep(Map.of());
        assertFalse(kept.due());
        clock.advance(Duration.ofSeconds(14));
        assertFalse(kept.due(), "younger than the sampling interval");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(kept.due(), "as old as the sampling interval");
        kept.keep(Map.of());
        assertFalse(kept.due(), "read again: due one interval from now");
    }

    @Test
    void aNodeNotSampledInTheWindowHasNoMeasuredLoad() {
        kept.keep(Map.of(1L, new Load(0.9, 0, 0)));
        assertEquals(Optional.of(new Load(0.9, 0, 0)), kept.of(1));
        assertEquals(Optional.empty(), kept.of(2));
    }

    @Test
    void noneIsNeverReadAndMeasuresNothing() {
        var none = KeptMeasurements.none();
        assertFalse(none.due());
        assertEquals(Optional.empty(), none.of(1));
    }
}
