package io.hyperchain.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.docker.EngineResources;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import org.junit.jupiter.api.Test;

class RequestedCapacityTest {

    private static final long GIB = 1024L * 1024 * 1024;

    /** 8 CPUs, 15.6 GiB of memory (what a 16 GiB machine reports), a 250.5 GiB file system. */
    private static final EngineResources ENGINE = new EngineResources(8, 15 * GIB + 600 * 1024 * 1024,
            "/var/lib/docker", 250 * GIB + GIB / 2);

    private static void assertOverEngine(String field, RequestedCapacity requested) {
        var e = assertThrows(DomainException.class, () -> requested.within(ENGINE));
        assertEquals(Problem.INVALID, e.problem());
        assertEquals(field + ".overEngine", e.code());
        assertEquals(field, e.field());
    }

    @Test
    void figuresLeftOutAreWhatTheMachineHasRoundedDown() {
        assertEquals(new NodeCapacity(8, 15, 250, 0), RequestedCapacity.fromEngine().within(ENGINE));
    }

    @Test
    void mainDisksGetWhatTheSubDiskLeaves() {
        assertEquals(new NodeCapacity(8, 15, 200, 50), new RequestedCapacity(null, null, null, 50).within(ENGINE));
    }

    @Test
    void figuresGivenAreKeptSoAnAdminMayReservePartOfAMachine() {
        assertEquals(new NodeCapacity(2, 4, 20, 10), new RequestedCapacity(2, 4, 20, 10).within(ENGINE));
    }

    @Test
    void exactlyWhatTheMachineHasIsAccepted() {
        assertEquals(new NodeCapacity(8, 15, 200, 50), new RequestedCapacity(8, 15, 200, 50).within(ENGINE));
    }

    @Test
    void moreThanTheMachineHasIsTheAdminsOverCommitAndKept() {
        assertEquals(new NodeCapacity(16, 32, 400, 50), new RequestedCapacity(16, 32, 400, 50).within(ENGINE));
    }

    @Test
    void aSubDiskThatLeavesNoMainDiskIsRefused() {
        assertOverEngine("subDiskGiB", new RequestedCapacity(null, null, null, 250));
    }

    @Test
    void aFigureGivenOutOfRangeIsRefusedBeforeAnyEngineIsAsked() {
        var e = assertThrows(DomainException.class, () -> new RequestedCapacity(0, null, null, null));
        assertEquals("cpu.range", e.code());
        e = assertThrows(DomainException.class, () -> new RequestedCapacity(null, null, null, -1));
        assertEquals("subDiskGiB.range", e.code());
    }
}
