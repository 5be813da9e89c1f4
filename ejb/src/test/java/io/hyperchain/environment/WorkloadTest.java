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

    // P4.2: the power switch

    @Test
    void aNewContainerIsPoweredOn() {
        assertEquals(Power.ON, workload().power());
    }

    @Test
    void aPoweredOffContainerStopsOnlyWhenItsEngineSaysSoAndIsNotRunningThen() {
        var workload = workload();
        workload.running("c1", AT);
        workload.powerOff(AT);
        assertEquals(Power.OFF, workload.power());
        assertEquals(WorkloadState.RUNNING, workload.state(), "until its engine confirmed it");
        workload.stopped(AT);
        assertEquals(WorkloadState.STOPPED, workload.state());
        assertEquals("c1", workload.containerId(), "the container is kept");
    }

    @Test
    void onlyAPoweredOffContainerStops() {
        var workload = workload();
        workload.running("c1", AT);
        assertThrows(IllegalStateException.class, () -> workload.stopped(AT));
        workload.pause(AT);
        assertThrows(IllegalStateException.class, () -> workload.stopped(AT));
    }

    @Test
    void aStoppedContainerPoweredOnRunsAgainWhenItsEngineSaysSo() {
        var workload = workload();
        workload.running("c1", AT);
        workload.powerOff(AT);
        workload.stopped(AT);
        workload.powerOn(AT);
        assertEquals(Power.ON, workload.power());
        assertEquals(WorkloadState.STOPPED, workload.state());
        workload.running("c1", AT);
        assertEquals(WorkloadState.RUNNING, workload.state());
    }

    @Test
    void aPausedContainerStaysRunningAndIsResumedByPowerOn() {
        var workload = workload();
        workload.running("c1", AT);
        workload.pause(AT);
        assertEquals(Power.PAUSED, workload.power());
        assertEquals(WorkloadState.RUNNING, workload.state(), "paused holds its memory and is billed as running");
        workload.powerOn(AT);
        assertEquals(Power.ON, workload.power());
    }

    @Test
    void aPoweredOffContainerIsNotPaused() {
        var workload = workload();
        workload.powerOff(AT);
        assertThrows(IllegalStateException.class, () -> workload.pause(AT));
        assertEquals(Power.OFF, workload.power());
    }

    @Test
    void aPausedContainerMayBePoweredOff() {
        var workload = workload();
        workload.running("c1", AT);
        workload.pause(AT);
        workload.powerOff(AT);
        workload.stopped(AT);
        assertEquals(Power.OFF, workload.power());
        assertEquals(WorkloadState.STOPPED, workload.state());
    }
}
