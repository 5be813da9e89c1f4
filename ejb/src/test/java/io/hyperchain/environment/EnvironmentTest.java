package io.hyperchain.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

    private static final Instant AT = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void aStartRecordsTheTemplateItRunsFrom() {
        var environment = new Environment(7, AT);
        assertNull(environment.templateId());
        environment.runOn(List.of(3L, 1L), 2, AT);
        assertEquals(2L, environment.templateId());
        assertEquals(1L, environment.leaderNodeId());
    }

    @Test
    void theTemplateIsKeptWhileItRunsAndMayChangeAfterAStop() {
        var environment = new Environment(7, AT);
        environment.runOn(List.of(1L), 2, AT);
        environment.runOn(List.of(1L, 4L), 2, AT);
        assertThrows(IllegalStateException.class, () -> environment.runOn(List.of(1L), 3, AT));
        environment.stop(AT);
        environment.runOn(List.of(1L), 3, AT);
        assertEquals(3L, environment.templateId());
    }
}
