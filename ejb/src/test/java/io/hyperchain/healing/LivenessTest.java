package io.hyperchain.healing;

import io.hyperchain.cluster.NodeHealth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LivenessTest {

    @Test
    void aNodeIsDownOnlyAfterMissingItsLimitOfPingsInARow() {
        var once = Liveness.HEALTHY.after(false, 2);
        assertEquals(new Liveness(NodeHealth.UP, 1), once);
        assertEquals(Liveness.Change.NONE, Liveness.HEALTHY.changeTo(once, false));
        var twice = once.after(false, 2);
        assertEquals(NodeHealth.DOWN, twice.health());
        assertEquals(Liveness.Change.WENT_DOWN, once.changeTo(twice, false));
    }

    @Test
    void anAnswerInBetweenStartsTheCountAgain() {
        var once = Liveness.HEALTHY.after(false, 2);
        assertEquals(Liveness.HEALTHY, once.after(true, 2));
        assertEquals(new Liveness(NodeHealth.UP, 1), once.after(true, 2).after(false, 2));
    }

    @Test
    void aDownNodeThatAnswersStaysDownUntilFencedAndSaysSo() {
        var down = new Liveness(NodeHealth.DOWN, 2);
        var next = down.after(true, 2);
        assertEquals(down, next);
        assertEquals(Liveness.Change.ANSWERS_AGAIN, down.changeTo(next, true));
    }

    @Test
    void aDownNodeThatStaysSilentChangesNothing() {
        var down = new Liveness(NodeHealth.DOWN, 2);
        var next = down.after(false, 2);
        assertEquals(down, next);
        assertEquals(Liveness.Change.NONE, down.changeTo(next, false));
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Liveness.HEALTHY.after(false, 0));
    }
}
