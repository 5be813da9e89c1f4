package io.hyperchain.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The end of what a command printed, within a fixed size. */
class OutputTailTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shortOutputIsKeptWhole() {
        var tail = new OutputTail(16);
        tail.add(utf8("hello "));
        tail.add(utf8("world"));
        tail.add(null);
        assertEquals("hello world", tail.text());
        assertFalse(tail.cut());
    }

    @Test
    void longOutputKeepsItsLastBytes() {
        var tail = new OutputTail(8);
        tail.add(utf8("0123456"));
        tail.add(utf8("789ab"));
        assertEquals("456789ab", tail.text());
        assertTrue(tail.cut());
        tail.add(utf8("x".repeat(100) + "THE END!"));
        assertEquals("THE END!", tail.text());
    }

    @Test
    void aCharacterCutInTheMiddleIsLeftOut() {
        var tail = new OutputTail(7);
        tail.add(utf8("가나다")); // 9 bytes: the first character loses its first two
        assertEquals("나다", tail.text());
    }

    @Test
    void exactlyFullIsNotCut() {
        var tail = new OutputTail(4);
        tail.add(utf8("abcd"));
        assertEquals("abcd", tail.text());
        assertFalse(tail.cut());
    }
}
