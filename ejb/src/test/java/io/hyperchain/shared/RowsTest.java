package io.hyperchain.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RowsTest {

    @Test
    void aBooleanColumnIsReadAsItIs() {
        assertTrue(Rows.truth(Boolean.TRUE));
        assertFalse(Rows.truth(Boolean.FALSE));
    }

    @Test
    void aTinyintColumnIsTrueUnlessZero() {
        assertTrue(Rows.truth(1));
        assertTrue(Rows.truth((byte) 1));
        assertTrue(Rows.truth(2L));
        assertFalse(Rows.truth(0));
        assertFalse(Rows.truth((short) 0));
    }
}
