package io.hyperchain.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hyperchain.shared.RecordingConnection;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NotificationBatchTest {

    private static final Instant AT = Instant.parse("2026-11-01T00:30:00Z");

    @Test
    void aLongTextIsCutToWhatTheColumnHolds() {
        assertEquals(1000, new NotificationBatch.Row(1, "adjustment.proposed", "x".repeat(1500), AT, false).text().length());
        assertEquals("short", new NotificationBatch.Row(1, "adjustment.proposed", "short", AT, false).text());
    }

    @Test
    void manyNotificationsTakeFewStatements() throws Exception {
        var recording = new RecordingConnection();
        var rows = IntStream.range(0, 2001).mapToObj(i -> new NotificationBatch.Row(i, "adjustment.applied", "t", AT, true))
                .toList();
        assertEquals(3, NotificationBatch.write(recording.connection(), rows));
        assertEquals(5 * 1000, recording.executed().get(0).parameters().size());
    }
}
