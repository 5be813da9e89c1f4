package io.hyperchain.healing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FailoverTargetsTest {

    private static FailoverCandidate node(long id, double load) {
        return new FailoverCandidate(id, true, false, load, 0);
    }

    private static FailoverCandidate spare(long id, double load, long holdsFailoverOf) {
        return new FailoverCandidate(id, true, true, load, holdsFailoverOf);
    }

    @Test
    void theSpareTakesAFailedNodesContainerFirst() {
        var nodes = List.of(node(1, 0.9), node(2, 0.1), spare(5, 0.5, 0));
        assertEquals(Optional.of(5L), FailoverTargets.choose(1, nodes, Set.of(), 0.8));
    }

    @Test
    void theSpareKeepsTakingTheSameFailedNodesContainers() {
        var nodes = List.of(node(2, 0.1), spare(5, 0.5, 1));
        assertEquals(Optional.of(5L), FailoverTargets.choose(1, nodes, Set.of(), 0.8));
    }

    @Test
    void aSpareTakenByAnotherFailedNodeLeavesTheLeastLoadedNode() {
        var nodes = List.of(node(2, 0.4), node(3, 0.2), spare(5, 0.1, 4));
        assertEquals(Optional.of(3L), FailoverTargets.choose(1, nodes, Set.of(), 0.8));
    }

    @Test
    void aFullSpareLeavesTheLeastLoadedNode() {
        var nodes = List.of(node(2, 0.4), node(3, 0.2), spare(5, 0.85, 0));
        assertEquals(Optional.of(3L), FailoverTargets.choose(1, nodes, Set.of(), 0.8));
    }

    @Test
    void aNodeThatAlreadyRunsTheEnvironmentIsNeverChosen() {
        var nodes = List.of(node(2, 0.1), node(3, 0.3), spare(5, 0.1, 0));
        assertEquals(Optional.of(3L), FailoverTargets.choose(1, nodes, Set.of(2L, 5L), 0.8));
    }

    @Test
    void aNodeThatAcceptsNoWorkIsNeverChosen() {
        var nodes = List.of(new FailoverCandidate(2, false, false, 0.0, 0), node(3, 0.5));
        assertEquals(Optional.of(3L), FailoverTargets.choose(1, nodes, Set.of(), 0.8));
    }

    @Test
    void theFailedNodeItselfIsNeverChosen() {
        assertTrue(FailoverTargets.choose(1, List.of(node(1, 0.0)), Set.of(), 0.8).isEmpty());
    }

    @Test
    void tiesGoToTheLowerId() {
        var nodes = List.of(node(4, 0.2), node(3, 0.2));
        assertEquals(Optional.of(3L), FailoverTargets.choose(1, nodes, Set.of(), 0.8));
    }
}
