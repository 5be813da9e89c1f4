package io.hyperchain.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminalSizeTest {

    @ParameterizedTest
    @CsvSource({"10, 5", "500, 200", "80, 24", "236, 61"})
    void sizesWithinBoundsAreAccepted(int cols, int rows) {
        assertEquals(Optional.of(new TerminalSize(cols, rows)), TerminalSize.of(cols, rows));
    }

    @ParameterizedTest
    @CsvSource({"9, 24", "501, 24", "80, 4", "80, 201", "0, 0", "-80, 24", "80, -24"})
    void sizesOutOfBoundsAreNothing(int cols, int rows) {
        assertTrue(TerminalSize.of(cols, rows).isEmpty());
    }

    @Test
    void hugeNumbersDoNotWrapIntoBounds() {
        assertTrue(TerminalSize.of(4_294_967_376L, 24).isEmpty()); // 2^32 + 80
        assertTrue(TerminalSize.of(Long.MAX_VALUE, Long.MIN_VALUE).isEmpty());
    }

    @Test
    void constructingAnOutOfBoundsSizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TerminalSize(501, 24));
        assertThrows(IllegalArgumentException.class, () -> new TerminalSize(80, 4));
    }
}
