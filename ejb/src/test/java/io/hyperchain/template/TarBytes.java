package io.hyperchain.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** A tiny ustar archive made by hand, for the tests: regular files only. */
final class TarBytes {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    TarBytes file(String name, String content) {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        byte[] header = new byte[512];
        put(header, 0, name);
        put(header, 100, "0000644\0");
        put(header, 108, "0000000\0");
        put(header, 116, "0000000\0");
        put(header, 124, String.format("%011o\0", data.length));
        put(header, 136, String.format("%011o\0", 1_700_000_000L));
        put(header, 148, "        ");
        header[156] = '0';
        put(header, 257, "ustar\0");
        put(header, 263, "00");
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, String.format("%06o\0 ", sum));
        out.writeBytes(header);
        out.writeBytes(data);
        out.writeBytes(new byte[(512 - data.length % 512) % 512]);
        return this;
    }

    byte[] bytes() {
        var archive = new ByteArrayOutputStream();
        archive.writeBytes(out.toByteArray());
        archive.writeBytes(new byte[1024]); // two zero blocks end it
        return archive.toByteArray();
    }

    byte[] gzipped() {
        var compressed = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    private static void put(byte[] header, int at, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, at, bytes.length);
    }
}
