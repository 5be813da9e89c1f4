package io.hyperchain.docker;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The last bytes a command printed, kept within a fixed size however much it prints: where a
 * command says why it failed is its end.
 */
public final class OutputTail {

    private final byte[] kept;
    private int size;
    private boolean cut;

    public OutputTail(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.kept = new byte[capacity];
    }

    public synchronized void add(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return;
        }
        if (bytes.length >= kept.length) {
            System.arraycopy(bytes, bytes.length - kept.length, kept, 0, kept.length);
            cut |= size > 0 || bytes.length > kept.length;
            size = kept.length;
            return;
        }
        int overflow = size + bytes.length - kept.length;
        if (overflow > 0) {
            System.arraycopy(kept, overflow, kept, 0, size - overflow);
            size -= overflow;
            cut = true;
        }
        System.arraycopy(bytes, 0, kept, size, bytes.length);
        size += bytes.length;
    }

    /** Whether earlier output was dropped to keep the end. */
    public synchronized boolean cut() {
        return cut;
    }

    /** The kept bytes as UTF-8; a character whose first bytes were dropped is left out. */
    public synchronized String text() {
        String text = new String(Arrays.copyOf(kept, size), StandardCharsets.UTF_8);
        if (cut) {
            int start = 0;
            while (start < text.length() && text.charAt(start) == '\uFFFD') {
                start++;
            }
            text = text.substring(start);
        }
        return text;
    }
}
