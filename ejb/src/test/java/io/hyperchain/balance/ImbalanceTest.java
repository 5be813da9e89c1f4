package io.hyperchain.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.placement.Load;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImbalanceTest {

    @Test
    void evenNodesHaveNoImbalance() {
        assertEquals(0, Imbalance.of(List.of(new Load(0.5, 0.3, 0.2), new Load(0.5, 0.3, 0.2))));
    }

    @Test
    void imbalanceIsPopulationStandardDeviationOverMean() {
        // cpu 0.2 and 0.6: mean 0.4, population σ 0.2, so 0.5
        var spread = Imbalance.perDimension(List.of(new Load(0.2, 0.4, 0.4), new Load(0.6, 0.4, 0.4)));
        assertEquals(0.5, spread.cpu(), 1e-12);
        assertEquals(0, spread.memory(), 1e-12);
        assertEquals(0, spread.disk(), 1e-12);
    }

    @Test
    void theWorstResourceDecidesNotCpuAlone() {
        // cpu even, disk 0.1 / 0.3: mean 0.2, σ 0.1, so 0.5
        assertEquals(0.5, Imbalance.of(List.of(new Load(0.5, 0.5, 0.1), new Load(0.5, 0.5, 0.3))), 1e-12);
    }

    @Test
    void fewerThanTwoNodesAreNeverImbalanced() {
        assertEquals(0, Imbalance.of(List.of()));
        assertEquals(0, Imbalance.of(List.of(new Load(0.9, 0.1, 0.5))));
    }

    @Test
    void anIdleResourceCountsAsEven() {
        var spread = Imbalance.perDimension(List.of(new Load(0.2, 0, 0), new Load(0.6, 0, 0)));
        assertEquals(0, spread.memory());
        assertEquals(0, spread.disk());
        assertTrue(spread.max() > 0);
    }

    @Test
    void keptSumsGiveTheSameFigureAsTwoPasses() {
        var loads = List.of(new Load(0.1, 0, 0), new Load(0.4, 0, 0), new Load(0.9, 0, 0));
        double sum = 1.4;
        double squares = 0.01 + 0.16 + 0.81;
        assertEquals(Imbalance.of(loads), Imbalance.fromSums(3, sum, squares), 1e-12);
    }

    @Test
    void aResourceWhoseMeanIsNearIdleCountsAsEven() {
        // 2 % against 0 % is noise, not imbalance; memory at 50 % against 0 % is
        var loads = java.util.List.of(new io.hyperchain.placement.Load(0.02, 0.5, 0), new io.hyperchain.placement.Load(0, 0, 0));
        var spread = Imbalance.perDimension(loads);
        assertEquals(0, spread.cpu());
        assertEquals(1.0, spread.memory(), 1e-9);
    }
}
