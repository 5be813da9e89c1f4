package io.hyperchain.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void coloursCursorMovesAndTitlesAreDropped() {
        assertEquals("red ok done", TerminalText.plain("\u001B[1;31mred\u001B[0m ok\u001B[2K \u001B]0;title\u0007done"));
    }

    @Test
    void controlCharactersThatXmlRefusesAreDropped() {
        assertEquals("a\tb\nc", TerminalText.plain("a\u0000\tb\u0008\n\u007Fc\u0085\uFFFF"));
    }

    @Test
    void aCarriageReturnEndsALine() {
        assertEquals("a\nb\nc", TerminalText.plain("a\r\nb\rc"));
    }

    @Test
    void nothingIsAnEmptyText() {
        assertEquals("", TerminalText.plain(null));
        assertEquals("", TerminalText.lastLines(null, 2, 100));
    }

    @Test
    void theLastLinesThatHoldSomethingAreKept() {
        assertEquals("two\nthree", TerminalText.lastLines("one\ntwo\n\nthree\n\n", 2, 100));
        assertEquals("three", TerminalText.lastLines("one\ntwo\nthree\n", 1, 100));
    }

    @Test
    void aLongTailLosesItsOldestPartNotItsNewest() {
        String tail = TerminalText.lastLines("x".repeat(300) + "END", 2, 160);
        assertEquals(160, tail.length());
        assertTrue(tail.startsWith("…") && tail.endsWith("xEND"), tail);
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String tail = TerminalText.lastLines("😀".repeat(100), 1, 10);
        assertEquals("…" + "😀".repeat(4), tail);
    }
}
