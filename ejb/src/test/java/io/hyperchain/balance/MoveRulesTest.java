package io.hyperchain.balance;

import static io.hyperchain.balance.Fixtures.NOW;
import static io.hyperchain.balance.Fixtures.batch;
import static io.hyperchain.balance.Fixtures.closed;
import static io.hyperchain.balance.Fixtures.movedAt;
import static io.hyperchain.balance.Fixtures.node;
import static io.hyperchain.balance.Fixtures.pinned;
import static io.hyperchain.balance.Fixtures.service;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MoveRulesTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void isServiceLetsOnlyServiceWorkMove() {
        assertTrue(MoveRules.isService(service(1, 1, 1, 1)));
        assertFalse(MoveRules.isService(batch(1, 1, 1, 1)));
    }

    @Test
    void notPinnedKeepsPinnedContainersInPlace() {
        assertTrue(MoveRules.notPinned(service(1, 1, 1, 1)));
        assertFalse(MoveRules.notPinned(pinned(1, 1, 1, 1)));
    }

    @Test
    void notCoolingDownHoldsARecentlyMovedContainer() {
        assertTrue(MoveRules.notCoolingDown(service(1, 1, 1, 1), NOW, HOUR));
        assertFalse(MoveRules.notCoolingDown(movedAt(service(1, 1, 1, 1), NOW.minusSeconds(3599)), NOW, HOUR));
        assertTrue(MoveRules.notCoolingDown(movedAt(service(1, 1, 1, 1), NOW.minusSeconds(3600)), NOW, HOUR));
    }

    @Test
    void acceptsWorkTurnsAwayNodesThatTakeNoWork() {
        assertTrue(MoveRules.acceptsWork(node(1, 0.1)));
        assertFalse(MoveRules.acceptsWork(closed(1, 0.1)));
    }

    @Test
    void notHostingEnvironmentKeepsOneContainerPerNodePerEnvironment() {
        assertTrue(MoveRules.notHostingEnvironment(false));
        assertFalse(MoveRules.notHostingEnvironment(true));
    }

    @Test
    void staysUnderLoadThresholdRefusesATargetThatWouldReachIt() {
        assertTrue(MoveRules.staysUnderLoadThreshold(0.79, 0.8));
        assertFalse(MoveRules.staysUnderLoadThreshold(0.8, 0.8));
    }

    @Test
    void movableNeedsAllThreeContainerRules() {
        assertTrue(MoveRules.movable(service(1, 1, 1, 1), NOW, HOUR));
        assertFalse(MoveRules.movable(batch(1, 1, 1, 1), NOW, HOUR));
        assertFalse(MoveRules.movable(pinned(1, 1, 1, 1), NOW, HOUR));
        assertFalse(MoveRules.movable(movedAt(service(1, 1, 1, 1), NOW), NOW, HOUR));
    }
}
