package io.hyperchain.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class TarCheckTest {

    private static final TarBytes ROOT_FS = new TarBytes().file("bin/sleep", "#!/bin/sh\n").file("etc/passwd", "root:x:0:0::/:/bin/sh\n");

    private static boolean check(byte[] bytes) throws IOException {
        return TarCheck.isTar(new ByteArrayInputStream(bytes));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void aPlainTarIsATar() throws IOException {
        assertTrue(check(ROOT_FS.bytes()));
    }

    @Test
    void aGzippedTarIsATar() throws IOException {
        assertTrue(check(ROOT_FS.gzipped()));
    }

    @Test
    void jsonHtmlAndRandomBytesAreNot() throws IOException {
        assertFalse(check("{\"nodeIds\":[1]}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(check(("<html>" + " ".repeat(600) + "</html>").getBytes(StandardCharsets.UTF_8)));
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = 'x';
        assertFalse(check(noise));
    }

    @Test
    void aGzippedTextIsNoTarAndNeitherIsABrokenGzip() throws IOException {
        assertFalse(check(gzip("hello, this is no archive".repeat(40).getBytes(StandardCharsets.UTF_8))));
        byte[] cut = Arrays.copyOf(ROOT_FS.gzipped(), 20);
        assertFalse(check(cut));
        assertFalse(check(new byte[] {0x1f, (byte) 0x8b, 1, 2, 3}));
    }

    @Test
    void aHeaderWithAWrongChecksumIsNoTar() throws IOException {
        byte[] bytes = ROOT_FS.bytes();
        bytes[10] ^= 1; // a letter of the first name changes; the checksum no longer adds up
        assertFalse(check(bytes));
    }

    @Test
    void anEmptyArchiveOrNothingIsNoTar() throws IOException {
        assertFalse(check(new byte[1024]));
        assertFalse(check(new byte[0]));
        assertFalse(check(Arrays.copyOf(ROOT_FS.bytes(), 300)));
    }
}
