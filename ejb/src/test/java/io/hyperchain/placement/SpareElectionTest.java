package io.hyperchain.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpareElectionTest {

    private static NodeAverage node(long id, double cpu, double memory, long samples) {
        return new NodeAverage(id, true, new Load(cpu, memory, 0), samples);
    }

    @Test
    void theQuietestNodeBecomesTheSpare() {
        var spare = SpareElection.elect(List.of(node(1, 0.6, 0.2, 10), node(2, 0.1, 0.1, 10), node(3, 0.4, 0.3, 10)));
        assertEquals(2, spare.orElseThrow().nodeId());
    }

    @Test
    void quietMeansQuietOnEveryResourceNotJustCpu() {
        // node 1 idles on CPU but its memory is nearly full: node 2 is the quieter one
        var spare = SpareElection.elect(List.of(node(1, 0.01, 0.95, 10), node(2, 0.3, 0.3, 10)));
        assertEquals(2, spare.orElseThrow().nodeId());
    }

    @Test
    void aNodeWithoutSamplesIsNotTakenForIdle() {
        var spare = SpareElection.elect(List.of(node(1, 0, 0, 0), node(2, 0.5, 0.5, 4)));
        assertEquals(2, spare.orElseThrow().nodeId());
    }

    @Test
    void aNodeOutOfServiceCannotStandBy() {
        var spare = SpareElection.elect(List.of(new NodeAverage(1, false, Load.IDLE, 10), node(2, 0.5, 0.5, 4)));
        assertEquals(2, spare.orElseThrow().nodeId());
    }

    @Test
    void tiesGoToTheLowerIdSoTheOutcomeRepeats() {
        var spare = SpareElection.elect(List.of(node(7, 0.2, 0.2, 3), node(4, 0.2, 0.2, 3)));
        assertEquals(4, spare.orElseThrow().nodeId());
    }

    @Test
    void noCandidateNoSpare() {
        assertTrue(SpareElection.elect(List.of(node(1, 0, 0, 0))).isEmpty());
    }
}
