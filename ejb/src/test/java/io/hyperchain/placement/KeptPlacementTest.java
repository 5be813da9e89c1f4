package io.hyperchain.placement;

import static io.hyperchain.placement.FakeNodeTable.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.placement.KeptPlacement.CountedNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class KeptPlacementTest {

    private static final BaseAllotment BASE = BaseAllotment.DEFAULT;
    private static final PlacementQuery ONE = PlacementQuery.of(1, 1.0);

    private final FakeNodeTable table = new FakeNodeTable().node(facts(1, 2)).node(facts(2, 2)).node(facts(3, 2));

    private KeptPlacement kept(FakeNodeTable source) {
        return new KeptPlacement(PlacementEngine.standard(), source, Duration.ZERO);
    }

    @Test
    void theFirstDecisionReadsEveryNodeOnce() {
        var kept = kept(table);
        assertEquals(List.of(1L), kept.reserve(ONE, BASE).nodeIds());
        assertEquals(1, table.cloudReads);
        assertEquals(3, kept.epoch());
    }

    @Test
    void anUnchangedEpochCostsOneReadAndNothingElse() {
        var kept = kept(table);
        kept.cancel(kept.reserve(ONE, BASE));
        int epochReads = table.epochReads;
        kept.cancel(kept.reserve(ONE, BASE));
        assertEquals(epochReads + 1, table.epochReads);
        assertEquals(1, table.cloudReads);
        assertEquals(0, table.logReads);
        assertEquals(List.of(), table.nodeReads);
    }

    @Test
    void aMovedEpochRereadsOnlyTheNodesLoggedSince() {
        var kept = kept(table);
        kept.cancel(kept.reserve(ONE, BASE));
        table.assign(1);
        assertEquals(List.of(2L), kept.reserve(ONE, BASE).nodeIds());
        assertEquals(List.of(Set.of(1L)), table.nodeReads);
        assertEquals(1, table.cloudReads);
    }

    @Test
    void aPoolTooFarBehindTheLogReadsEverythingAgain() {
        var small = new FakeNodeTable(2).node(facts(1, 2)).node(facts(2, 2));
        var kept = kept(small);
        kept.cancel(kept.reserve(ONE, BASE));
        small.assign(1).assign(2).assign(2);
        assertEquals(List.of(1L), kept.reserve(ONE, BASE).nodeIds());
        assertEquals(2, small.cloudReads);
    }

    @Test
    void aPoolFurtherBehindThanItFollowsReadsEverythingAgain() {
        var kept = kept(table);
        kept.cancel(kept.reserve(ONE, BASE));
        for (int i = 0; i <= KeptPlacement.MOST_STEPS_FOLLOWED; i++) {
            table.assign(3).release(3);
        }
        kept.reserve(ONE, BASE);
        assertEquals(2, table.cloudReads);
        assertEquals(0, table.logReads);
    }

    @Test
    void aDatabaseFarBehindThePoolIsAnotherOneAndReadAgain() {
        for (int i = 0; i <= KeptPlacement.MOST_STEPS_FOLLOWED; i++) {
            table.assign(3).release(3);
        }
        var anew = new FakeNodeTable().node(facts(7, 2));
        var moved = new KeptPlacement(PlacementEngine.standard(), new KeptPlacement.Source() {
            private boolean restored;

            @Override
            public long epoch() {
                return restored ? anew.epoch() : table.epoch();
            }

            @Override
            public KeptPlacement.Cloud cloud() {
                var cloud = restored ? anew.cloud() : table.cloud();
                restored = true;
                return cloud;
            }

            @Override
            public java.util.Optional<Set<Long>> changed(long after, long upTo) {
                return anew.changed(after, upTo);
            }

            @Override
            public List<CountedNode> nodes(Set<Long> ids) {
                return anew.nodes(ids);
            }
        }, Duration.ZERO);
        moved.cancel(moved.reserve(ONE, BASE)); // reads the old database
        assertEquals(List.of(7L), moved.reserve(ONE, BASE).nodeIds());
    }

    @Test
    void aNewSpareReadsEverythingAgainAndTakesNoTenant() {
        var kept = kept(table);
        kept.cancel(kept.reserve(ONE, BASE));
        table.elect(1);
        assertEquals(List.of(2L), kept.reserve(ONE, BASE).nodeIds());
        assertEquals(2, table.cloudReads);
    }

    @Test
    void anotherBaseAllotmentReadsEverythingAgain() {
        var kept = kept(table);
        kept.cancel(kept.reserve(ONE, BASE));
        // 8 CPUs a tenant: the nodes of 4 CPUs take none
        var refused = kept.reserve(ONE, new BaseAllotment(8, 4, 20));
        assertFalse(refused.placed());
        assertEquals(2, table.cloudReads);
    }

    @Test
    void aGoneNodeLeavesThePool() {
        var kept = kept(table);
        kept.cancel(kept.reserve(ONE, BASE));
        table.remove(1);
        assertEquals(List.of(2L), kept.reserve(ONE, BASE).nodeIds());
        assertEquals(2, kept.snapshots().size());
    }

    @Test
    void aReservedSeatIsNotGivenTwice() {
        var single = new FakeNodeTable().node(facts(1, 1)).node(facts(2, 4));
        var kept = kept(single);
        assertEquals(List.of(1L), kept.reserve(ONE, BASE).nodeIds());
        assertEquals(List.of(2L), kept.reserve(ONE, BASE).nodeIds());
    }

    @Test
    void aCancelledReservationGivesItsSeatBack() {
        var single = new FakeNodeTable().node(facts(1, 1));
        var kept = kept(single);
        var first = kept.reserve(ONE, BASE);
        assertFalse(kept.reserve(ONE, BASE).placed());
        kept.cancel(first);
        assertEquals(List.of(1L), kept.reserve(ONE, BASE).nodeIds());
    }

    @Test
    void settlingTwiceChangesNothing() {
        var single = new FakeNodeTable().node(facts(1, 2));
        var kept = kept(single);
        var first = kept.reserve(ONE, BASE);
        var second = kept.reserve(ONE, BASE);
        kept.cancel(first);
        kept.cancel(first);
        assertFalse(kept.reserve(ONE, BASE).placed() && kept.reserve(ONE, BASE).placed(),
                "the second reservation still holds its seat");
        kept.cancel(second);
    }

    @Test
    void aCommitRightAfterThePoolsEpochIsTakenWithoutReadingAgain() {
        var kept = kept(table);
        var reservation = kept.reserve(ONE, BASE);
        table.assign(1); // the commit: one step
        kept.committed(reservation, List.of(table.counted(1)), 4);
        assertEquals(4, kept.epoch());
        assertEquals(List.of(2L), kept.reserve(ONE, BASE).nodeIds());
        assertEquals(0, table.logReads);
        assertEquals(List.of(), table.nodeReads);
    }

    @Test
    void aCommitAfterOtherStepsLeavesThemToTheNextRead() {
        var kept = kept(table);
        var reservation = kept.reserve(ONE, BASE);
        table.assign(2).assign(1); // another instance's step, then the commit
        kept.committed(reservation, List.of(table.counted(1)), 5);
        assertEquals(3, kept.epoch());
        assertEquals(List.of(3L), kept.reserve(ONE, BASE).nodeIds());
        assertEquals(List.of(Set.of(1L, 2L)), table.nodeReads);
    }

    @Test
    void aCommitThePoolHasAlreadyReadChangesNothing() {
        var kept = kept(table);
        var reservation = kept.reserve(ONE, BASE);
        table.assign(1);
        kept.cancel(kept.reserve(ONE, BASE)); // reads the commit before it is reported
        kept.committed(reservation, List.of(new CountedNode(facts(1, 2), 0)), 4);
        assertEquals(1, kept.tenantsOn(List.of(1L), BASE).get(1L));
    }

    @Test
    void aDoubtedNodeIsReadAgainThoughTheEpochStoodStill() {
        var kept = kept(table);
        kept.cancel(kept.reserve(ONE, BASE));
        table.assignUnlogged(1);
        kept.doubt(List.of(1L));
        assertEquals(List.of(2L), kept.reserve(ONE, BASE).nodeIds());
        assertEquals(List.of(Set.of(1L)), table.nodeReads);
    }

    @Test
    void tenantsOnCountsWhatIsCommittedNotWhatIsReserved() {
        var kept = kept(table.assign(2));
        kept.reserve(ONE, BASE);
        assertEquals(Map.of(1L, 0, 2L, 1), kept.tenantsOn(List.of(1L, 2L), BASE));
    }

    @Test
    void theGuardAdmitsANodeThatHadRoomBeforeTheTenantWasAdded() {
        var kept = kept(table);
        var reservation = kept.reserve(ONE, BASE);
        assertTrue(kept.stillAdmitted(reservation, List.of(new CountedNode(facts(1, 2), 2)), ONE, BASE));
    }

    @Test
    void theGuardTurnsAwayANodeAnotherPlacementFilledFirst() {
        var kept = kept(table);
        var reservation = kept.reserve(ONE, BASE);
        assertFalse(kept.stillAdmitted(reservation, List.of(new CountedNode(facts(1, 2), 3)), ONE, BASE));
    }

    @Test
    void theGuardTurnsAwayANodeThatWentIntoMaintenance() {
        var kept = kept(table);
        var reservation = kept.reserve(ONE, BASE);
        var repaired = new NodeFacts(1, "node-1", false, false, 4, 8, 40);
        assertFalse(kept.stillAdmitted(reservation, List.of(new CountedNode(repaired, 1)), ONE, BASE));
    }

    @Test
    void aRefusalWithNothingInFlightIsFinalAtOnce() {
        var full = new FakeNodeTable().node(facts(1, 1)).assign(1);
        var kept = new KeptPlacement(PlacementEngine.standard(), full, Duration.ofHours(1));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertFalse(kept.reserve(ONE, BASE).placed()));
    }

    @Test
    void aRefusalWaitsForADecisionInFlightThatGivesItsSeatBack() throws Exception {
        var single = new FakeNodeTable().node(facts(1, 1));
        var kept = new KeptPlacement(PlacementEngine.standard(), single, Duration.ofSeconds(30));
        var first = kept.reserve(ONE, BASE);
        var second = CompletableFuture.supplyAsync(() -> kept.reserve(ONE, BASE));
        while (!waiting(kept)) {
            Thread.sleep(5);
        }
        kept.cancel(first);
        assertEquals(List.of(1L), second.get(10, TimeUnit.SECONDS).nodeIds());
    }

    @Test
    void aRefusalAskedNotToWaitIsFinalAtOnceThoughDecisionsAreInFlight() {
        var single = new FakeNodeTable().node(facts(1, 1));
        var kept = new KeptPlacement(PlacementEngine.standard(), single, Duration.ofHours(1));
        kept.reserve(ONE, BASE);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertFalse(kept.reserve(ONE, BASE, false).placed()));
    }

    private final MovableClock clock = new MovableClock(java.time.Instant.parse("2026-12-03T10:00:00Z"));

    private KeptPlacement measuring(FakeNodeTable source) {
        return new KeptPlacement(PlacementEngine.standard(), source, Duration.ZERO,
                new KeptMeasurements(clock, KeptMeasurements.SAMPLING_INTERVAL));
    }

    @Test
    void aNodeHotFromRealUseTakesNoNewTenant() {
        var kept = measuring(table.measure(1, new Load(0.95, 0.1, 0.0)));
        // node 1 holds no tenant: on promised load it would be first
        assertEquals(List.of(2L), kept.reserve(PlacementQuery.of(1, 0.9), BASE).nodeIds());
    }

    @Test
    void aNodeIdleInRealityIsIdleThoughItsSeatsWerePromisedAndItsSeatsStillLimitIt() {
        var single = new FakeNodeTable().node(facts(1, 2)).assign(1).measure(1, new Load(0.05, 0.02, 0.0));
        var kept = measuring(single);
        var query = PlacementQuery.of(1, 0.4); // one tenant of two seats is 50 % promised
        assertEquals(List.of(1L), kept.reserve(query, BASE).nodeIds());
        var full = kept.reserve(query, BASE, false);
        assertFalse(full.placed(), "both seats taken, however idle the node is");
        assertTrue(full.placement().reason().contains("is full"), full.placement().reason());
    }

    @Test
    void measuredLoadsAreReadAgainOnlyOncePerSamplingInterval() {
        var kept = measuring(table);
        var query = PlacementQuery.of(1, 0.9);
        kept.cancel(kept.reserve(query, BASE));
        table.measure(1, new Load(0.95, 0.1, 0.0)); // moves no epoch
        assertEquals(List.of(1L), kept.reserve(query, BASE).nodeIds(), "not read again yet");
        assertEquals(1, table.measuredReads);
        clock.advance(KeptMeasurements.SAMPLING_INTERVAL);
        var after = kept.reserve(query, BASE);
        assertEquals(List.of(2L), after.nodeIds(), "read again: node 1 is hot");
        assertEquals(2, table.measuredReads);
        assertEquals(1, table.cloudReads, "the nodes were not read again");
    }

    @Test
    void theGuardJudgesTheMeasuredLoadThePoolDecidedOn() {
        var single = new FakeNodeTable().node(facts(1, 2)).assign(1).measure(1, new Load(0.05, 0.02, 0.0));
        var kept = measuring(single);
        var query = PlacementQuery.of(1, 0.4);
        var reservation = kept.reserve(query, BASE);
        assertTrue(kept.stillAdmitted(reservation, List.of(new CountedNode(facts(1, 2), 2)), query, BASE),
                "promised 50 % before the tenant, measured 5 %");
    }

    /** Whether a reservation is waiting on the pool (it holds the pool's lock otherwise, so this spins until it waits). */
    private static boolean waiting(KeptPlacement kept) {
        synchronized (kept) {
            return Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getState() == Thread.State.TIMED_WAITING
                            && List.of(t.getStackTrace()).stream().anyMatch(f -> f.getMethodName().equals("awaitSettling")));
        }
    }
}
