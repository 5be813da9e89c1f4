package io.hyperchain.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ImbalanceStreakTest {

    @Test
    void aSampleAboveTheThresholdExtendsTheStreak() {
        assertEquals(3, ImbalanceStreak.next(2, 0.3, 0.25));
    }

    @Test
    void aSampleAtOrUnderTheThresholdEndsTheStreak() {
        assertEquals(0, ImbalanceStreak.next(5, 0.25, 0.25));
        assertEquals(0, ImbalanceStreak.next(5, 0.1, 0.25));
    }

    @Test
    void theStreakNeverOverflows() {
        assertEquals(Integer.MAX_VALUE, ImbalanceStreak.next(Integer.MAX_VALUE, 0.9, 0.25));
    }

    @Test
    void aNegativeStreakIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ImbalanceStreak.next(-1, 0.3, 0.25));
    }
}
