package io.hyperchain.template;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Whether an upload is a tar archive (plain or gzip-compressed), judged by its first header block:
 * 512 bytes whose checksum adds up. Enough to tell a root filesystem from a JSON body, an HTML page
 * or a zip before seven engines are asked to import it.
 */
public final class TarCheck {

    static final int BLOCK = 512;
    private static final int CHECKSUM_AT = 148;
    private static final int CHECKSUM_LENGTH = 8;

    private TarCheck() {
    }

    /** Reads the stream's start (the caller closes it). */
    public static boolean isTar(InputStream in) throws IOException {
        var buffered = new BufferedInputStream(in, BLOCK);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        InputStream content = buffered;
        if (first == 0x1f && second == 0x8b) {
            try {
                content = new GZIPInputStream(buffered, BLOCK);
            } catch (IOException notGzipAfterAll) {
                return false;
            }
        }
        byte[] header;
        try {
            header = content.readNBytes(BLOCK);
        } catch (IOException brokenCompression) {
            return false;
        }
        return header.length == BLOCK && isHeader(header);
    }

    /**
     * One header block: a name, and the checksum field (octal) equal to the sum of the block's bytes
     * with that field counted as spaces. An all-zero block is the end of an archive, so an empty one.
     */
    static boolean isHeader(byte[] block) {
        if (block.length != BLOCK || block[0] == 0) {
            return false;
        }
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += i >= CHECKSUM_AT && i < CHECKSUM_AT + CHECKSUM_LENGTH ? ' ' : block[i] & 0xff;
        }
        String field = new String(block, CHECKSUM_AT, CHECKSUM_LENGTH, StandardCharsets.US_ASCII).replace('\0', ' ').strip();
        if (field.isEmpty() || !field.chars().allMatch(c -> c >= '0' && c <= '7')) {
            return false;
        }
        return Long.parseLong(field, 8) == sum;
    }
}
