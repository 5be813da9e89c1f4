package io.hyperchain.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.placement.QuotaAdjustmentPolicy.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotaAdjustmentPolicyTest {

    private static NodeAverage node(double load) {
        return new NodeAverage(1, true, new Load(load, 0.05, 0.01), 100);
    }

    @Test
    void busyNodesEarnOneMore() {
        var proposal = QuotaAdjustmentPolicy.propose(2, List.of(node(0.9), node(0.8)), 0.8, 0.2);
        assertEquals(Kind.INCREASE, proposal.kind());
        assertEquals(3, proposal.proposedNodes());
        assertTrue(proposal.reason().contains("85.0 %"), proposal.reason());
    }

    @Test
    void littleUsedNodesGiveOneBack() {
        var proposal = QuotaAdjustmentPolicy.propose(3, List.of(node(0.1), node(0.05)), 0.8, 0.2);
        assertEquals(Kind.DECREASE, proposal.kind());
        assertEquals(2, proposal.proposedNodes());
    }

    @Test
    void neverBelowOneNode() {
        assertEquals(Kind.KEEP, QuotaAdjustmentPolicy.propose(1, List.of(node(0.01)), 0.8, 0.2).kind());
    }

    @Test
    void inBetweenNothingChanges() {
        var proposal = QuotaAdjustmentPolicy.propose(2, List.of(node(0.5)), 0.8, 0.2);
        assertEquals(Kind.KEEP, proposal.kind());
        assertEquals(2, proposal.proposedNodes());
    }

    @Test
    void withoutSamplesNothingChanges() {
        var proposal = QuotaAdjustmentPolicy.propose(2, List.of(new NodeAverage(1, true, Load.IDLE, 0)), 0.8, 0.2);
        assertEquals(Kind.KEEP, proposal.kind());
        assertTrue(proposal.reason().contains("no load samples"));
    }

    @Test
    void memoryCountsAsMuchAsCpu() {
        var proposal = QuotaAdjustmentPolicy.propose(1, List.of(new NodeAverage(1, true, new Load(0.1, 0.95, 0), 10)), 0.8, 0.2);
        assertEquals(Kind.INCREASE, proposal.kind());
    }

    @Test
    void overUsageHoursTheReasonSaysSo() {
        var proposal = QuotaAdjustmentPolicy.propose(2, List.of(node(0.9)), 0.8, 0.2, LoadAveraging.USAGE_HOURS);
        assertEquals(Kind.INCREASE, proposal.kind());
        assertTrue(proposal.reason().contains("in the hours the environment ran"), proposal.reason());
    }

    @Test
    void overUsageHoursAnEnvironmentThatNeverRanKeepsItsNodes() {
        var proposal = QuotaAdjustmentPolicy.propose(3, List.of(), 0.8, 0.2, LoadAveraging.USAGE_HOURS);
        assertEquals(Kind.KEEP, proposal.kind());
        assertEquals(3, proposal.proposedNodes());
        assertTrue(proposal.reason().contains("did not run"), proposal.reason());
    }
}
