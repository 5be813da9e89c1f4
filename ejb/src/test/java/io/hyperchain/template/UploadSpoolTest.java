package io.hyperchain.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.shared.Sha256;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadSpoolTest {

    @TempDir
    Path dir;

    private static byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }

    private long filesLeft() throws IOException {
        try (var files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void anUploadIsKeptWithItsSizeAndSha256() throws Exception {
        byte[] upload = bytes(200_000);
        var spooled = UploadSpool.write(new ByteArrayInputStream(upload), 200_000, dir);
        assertEquals(200_000, spooled.bytes());
        assertEquals(Sha256.hex(upload), spooled.sha256());
        assertArrayEquals(upload, Files.readAllBytes(spooled.file()));
        spooled.delete();
        assertEquals(0, filesLeft());
    }

    @Test
    void oneByteOverTheLimitIsRefusedAndNothingIsKept() throws Exception {
        assertThrows(UploadSpool.TooLarge.class, () -> UploadSpool.write(new ByteArrayInputStream(bytes(200_001)), 200_000, dir));
        assertEquals(0, filesLeft());
    }

    @Test
    void anEmptyUploadIsKeptEmpty() throws Exception {
        var spooled = UploadSpool.write(new ByteArrayInputStream(new byte[0]), 10, dir);
        assertEquals(0, spooled.bytes());
        assertEquals(Sha256.hex(new byte[0]), spooled.sha256());
        spooled.delete();
    }

    @Test
    void aStreamThatBreaksOffIsUnreadableAndNothingIsKept() throws Exception {
        InputStream breaking = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 70_000) {
                    throw new IOException("connection reset");
                }
                return 7;
            }
        };
        var e = assertThrows(UploadSpool.Unreadable.class, () -> UploadSpool.write(breaking, 1_000_000, dir));
        assertTrue(e.getMessage().contains("connection reset"), e.getMessage());
        assertEquals(0, filesLeft());
    }
}
