package io.hyperchain.healing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SplitGuardTest {

    @Test
    void upToAThirdOfTheNodesDownFailsOver() {
        assertTrue(SplitGuard.mayFailOver(1, 5));
        assertTrue(SplitGuard.mayFailOver(1, 3));
        assertTrue(SplitGuard.mayFailOver(333, 1000));
    }

    @Test
    void moreThanAThirdDownLooksLikeASplitAndHolds() {
        assertFalse(SplitGuard.mayFailOver(2, 5));
        assertFalse(SplitGuard.mayFailOver(334, 1000));
        assertFalse(SplitGuard.mayFailOver(1, 2));
    }

    @Test
    void impossibleCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SplitGuard.mayFailOver(3, 2));
    }
}
