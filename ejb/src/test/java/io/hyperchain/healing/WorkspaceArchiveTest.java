package io.hyperchain.healing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;

class WorkspaceArchiveTest {

    private static final Instant FAILOVER = Instant.parse("2026-12-05T10:00:00Z");

    private static byte[] tar(Object... pathTextTime) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new TarArchiveOutputStream(bytes)) {
            var dir = new TarArchiveEntry("data/");
            dir.setModTime(Date.from(FAILOVER.minusSeconds(3600)));
            out.putArchiveEntry(dir);
            out.closeArchiveEntry();
            for (int i = 0; i < pathTextTime.length; i += 3) {
                byte[] text = ((String) pathTextTime[i + 1]).getBytes(StandardCharsets.UTF_8);
                var entry = new TarArchiveEntry((String) pathTextTime[i]);
                entry.setSize(text.length);
                entry.setModTime(Date.from((Instant) pathTextTime[i + 2]));
                out.putArchiveEntry(entry);
                out.write(text);
                out.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aCopyKeepsEveryFileAndItsChecksumReadsTheSameBack() throws IOException {
        byte[] source = tar("data/a.txt", "alpha", FAILOVER.minusSeconds(60), "data/b.txt", "beta", FAILOVER.plusSeconds(5));
        var copied = new ByteArrayOutputStream();
        var sums = WorkspaceArchive.copy(new ByteArrayInputStream(source), null, copied);
        assertEquals(2, sums.size());
        assertEquals(sums, WorkspaceArchive.checksums(new ByteArrayInputStream(copied.toByteArray())));
    }

    @Test
    void aMergeAfterAFailoverTakesOnlyWhatWasWrittenSince() throws IOException {
        byte[] source = tar("data/old.txt", "from before", FAILOVER.minusSeconds(60), "data/new.txt", "on the spare",
                FAILOVER.plusSeconds(5));
        var sums = WorkspaceArchive.copy(new ByteArrayInputStream(source), FAILOVER, new ByteArrayOutputStream());
        assertEquals(java.util.Set.of("data/new.txt"), sums.keySet());
    }

    @Test
    void checksumsTellDifferentContentApart() throws IOException {
        var one = WorkspaceArchive.checksums(new ByteArrayInputStream(tar("data/a.txt", "alpha", FAILOVER)));
        var two = WorkspaceArchive.checksums(new ByteArrayInputStream(tar("data/a.txt", "alphA", FAILOVER)));
        assertTrue(!one.equals(two));
    }
}
