package io.hyperchain.balance;

import static io.hyperchain.balance.Fixtures.closed;
import static io.hyperchain.balance.Fixtures.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverloadedSpareTest {

    @Test
    void theMostOverloadedNodeIsTheCandidate() {
        var candidate = OverloadedSpare.candidate(List.of(node(1, 0.92), node(2, 0.97), node(3, 0.5)), 0.9);
        assertEquals(2, candidate.orElseThrow().id());
    }

    @Test
    void overThresholdMeansStrictlyOver() {
        assertTrue(OverloadedSpare.candidate(List.of(node(1, 0.9), node(2, 0.5)), 0.9).isEmpty());
        assertFalse(OverloadedSpare.overThreshold(node(1, 0.9), 0.9));
    }

    @Test
    void aNodeThatTakesNoWorkIsNoCandidate() {
        assertTrue(OverloadedSpare.candidate(List.of(closed(1, 0.99)), 0.9).isEmpty());
    }

    @Test
    void theBusiestResourceDecides() {
        var candidate = OverloadedSpare.candidate(List.of(node(1, 0.1, 0.1, 0.95), node(2, 0.93, 0.2, 0.2)), 0.9);
        assertEquals(1, candidate.orElseThrow().id());
    }

    @Test
    void tiesGoToTheLowerId() {
        assertEquals(3, OverloadedSpare.candidate(List.of(node(8, 0.95), node(3, 0.95)), 0.9).orElseThrow().id());
    }
}
