package io.hyperchain.environment;

import io.hyperchain.balance.WorkloadKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    private static final Instant AT = Instant.parse("2026-12-05T10:00:00Z");

    private static Workload workload() {
        return new Workload(1, 2, "hc-x-t1-n2", 2, 4, AT);
    }

    @Test
    void aNewContainerIsAnUnpinnedServiceAndMayBeMoved() {
        var workload = workload();
        assertEquals(WorkloadKind.SERVICE, workload.kind());
        assertFalse(workload.pinned());
        assertTrue(workload.movable());
    }

    @Test
    void aPinnedServiceIsNeverMoved() {
        var workload = workload();
        workload.pin(true, AT);
        assertTrue(workload.pinned());
        assertFalse(workload.movable());
    }

    @Test
    void unpinningAServiceMakesItMovableAgain() {
        var workload = workload();
        workload.pin(true, AT);
        workload.pin(false, AT);
        assertTrue(workload.movable());
    }

    @Test
    void aBatchJobIsNeverMovedEvenUnpinned() {
        var workload = workload();
        workload.kind(WorkloadKind.BATCH, AT);
        assertEquals(WorkloadKind.BATCH, workload.kind());
        assertFalse(workload.pinned());
        assertFalse(workload.movable());
    }

    @Test
    void aKindIsAlwaysNamed() {
        assertThrows(NullPointerException.class, () -> workload().kind(null, AT));
    }
}
