package io.hyperchain.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.placement.Load;
import io.hyperchain.shared.RecordingConnection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleBatchTest {

    private static final Instant AT = Instant.parse("2026-12-03T10:17:45Z");

    private final RecordingConnection recording = new RecordingConnection();

    private List<String> tables() {
        return recording.executed().stream().map(e -> e.sql().split(" ")[2]).toList();
    }

    @Test
    void aPassWritesItsNodesThenItsContainersEachWithTheirRollups() throws Exception {
        SampleBatch.write(recording.connection(), List.of(new SampleBatch.Sample(1, AT, Optional.of(new Load(0.1, 0.2, 0.3)),
                Set.of(7L))), List.of(new ContainerSample(AT, 7, 1, 1, 1, 0.25, 100, 200)));
        assertEquals(List.of("load_sample", "tenant_running_hour", "load_rollup", "load_rollup", "load_rollup",
                "container_sample", "container_rollup", "container_rollup", "container_rollup"), tables());
        var raw = recording.executed().get(5);
        assertEquals(List.of(7L, 1L, 1L, 1, java.sql.Timestamp.from(AT), 0.25, 100L, 200L), List.copyOf(raw.parameters().values()));
        assertEquals(List.of(7L, 1L, "MINUTE", java.sql.Timestamp.from(Instant.parse("2026-12-03T10:17:00Z")), 0.25, 100.0,
                200.0, 1L), List.copyOf(recording.executed().get(6).parameters().values()));
    }

    @Test
    void aMissingNodeMovesNoAverageAndANodeOnlyPassStaysAsItWas() throws Exception {
        SampleBatch.write(recording.connection(), List.of(new SampleBatch.Sample(1, AT, Optional.empty()),
                new SampleBatch.Sample(2, AT, Optional.of(new Load(0.5, 0.5, 0.5)))));
        assertEquals(List.of("load_sample", "load_rollup", "load_rollup", "load_rollup"), tables());
        assertTrue(recording.executed().subList(1, 4).stream().allMatch(e -> e.parameters().get(1).equals(2L)),
                "only the node that answered is rolled up");
    }

    @Test
    void aPassWhereNoNodeAnsweredWritesOnlyItsRawSamples() throws Exception {
        SampleBatch.write(recording.connection(), List.of(new SampleBatch.Sample(1, AT, Optional.empty())), List.of());
        assertEquals(List.of("load_sample"), tables());
    }
}
