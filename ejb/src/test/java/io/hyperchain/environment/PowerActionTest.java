package io.hyperchain.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PowerActionTest {

    @Test
    void theApiWordsAreTheActions() {
        assertEquals(PowerAction.POWER_ON, WorkloadPower.action("poweron"));
        assertEquals(PowerAction.POWER_OFF, WorkloadPower.action("poweroff"));
        assertEquals(PowerAction.SHUT_DOWN, WorkloadPower.action("shutdown"));
        assertEquals(PowerAction.RESET, WorkloadPower.action("reset"));
        assertEquals(PowerAction.REBOOT, WorkloadPower.action("reboot"));
        assertEquals(PowerAction.PAUSE, WorkloadPower.action("pause"));
        assertEquals(List.of("poweron", "poweroff", "shutdown", "reset", "reboot", "pause"), PowerAction.words());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "drain", "PowerOff", "POWEROFF", "power-off", "POWER_OFF", " pause", "pause\u0000", "resume"})
    void anythingElseIsA400ListingTheActions(String word) {
        var e = assertThrows(DomainException.class, () -> WorkloadPower.action(word));
        assertEquals(Problem.INVALID, e.problem());
        assertEquals("action.unknown", e.code());
        assertEquals("action", e.field());
        assertTrue(e.getMessage().contains("poweron, poweroff, shutdown, reset, reboot, pause"), e.getMessage());
    }

    @Test
    void eachActionLeavesItsPower() {
        assertEquals(Power.ON, PowerAction.POWER_ON.leaves());
        assertEquals(Power.OFF, PowerAction.POWER_OFF.leaves());
        assertEquals(Power.OFF, PowerAction.SHUT_DOWN.leaves());
        assertEquals(Power.ON, PowerAction.RESET.leaves());
        assertEquals(Power.ON, PowerAction.REBOOT.leaves());
        assertEquals(Power.PAUSED, PowerAction.PAUSE.leaves());
    }

    @Test
    void anActionIsIdempotent() {
        assertTrue(PowerAction.POWER_ON.alreadyDone(Power.ON, WorkloadState.RUNNING));
        assertTrue(PowerAction.POWER_OFF.alreadyDone(Power.OFF, WorkloadState.STOPPED));
        assertTrue(PowerAction.SHUT_DOWN.alreadyDone(Power.OFF, WorkloadState.STOPPED));
        assertTrue(PowerAction.PAUSE.alreadyDone(Power.PAUSED, WorkloadState.RUNNING));
    }

    @Test
    void aPowerOnOfAContainerThatDoesNotRunHasWorkToDo() {
        assertFalse(PowerAction.POWER_ON.alreadyDone(Power.ON, WorkloadState.FAILED), "a retry of its start");
        assertFalse(PowerAction.POWER_ON.alreadyDone(Power.OFF, WorkloadState.STOPPED));
        assertFalse(PowerAction.POWER_ON.alreadyDone(Power.PAUSED, WorkloadState.RUNNING), "a resume");
    }

    @Test
    void aPowerOffWhoseStopWasNotConfirmedHasWorkToDo() {
        assertFalse(PowerAction.POWER_OFF.alreadyDone(Power.OFF, WorkloadState.FAILED));
        assertFalse(PowerAction.SHUT_DOWN.alreadyDone(Power.OFF, WorkloadState.RUNNING));
    }

    @ParameterizedTest
    @EnumSource(WorkloadState.class)
    void aRestartAlwaysRestarts(WorkloadState state) {
        for (Power power : Power.values()) {
            assertFalse(PowerAction.RESET.alreadyDone(power, state));
            assertFalse(PowerAction.REBOOT.alreadyDone(power, state));
        }
    }

    @Test
    void aPoweredOffContainerIsPoweredOnNotRestartedOrPaused() {
        for (var action : List.of(PowerAction.RESET, PowerAction.REBOOT, PowerAction.PAUSE)) {
            assertEquals(Optional.of("container.off"), action.refusal(Power.OFF, WorkloadState.STOPPED), action::word);
        }
        assertEquals(Optional.empty(), PowerAction.POWER_ON.refusal(Power.OFF, WorkloadState.STOPPED));
    }

    @Test
    void onlyARunningContainerIsPaused() {
        assertEquals(Optional.of("container.notRunning"), PowerAction.PAUSE.refusal(Power.ON, WorkloadState.FAILED));
        assertEquals(Optional.of("container.notRunning"), PowerAction.PAUSE.refusal(Power.ON, WorkloadState.STARTING));
        assertEquals(Optional.empty(), PowerAction.PAUSE.refusal(Power.ON, WorkloadState.RUNNING));
    }

    @ParameterizedTest
    @EnumSource(PowerAction.class)
    void aPausedContainerMayBeResumedStoppedOrRestarted(PowerAction action) {
        assertEquals(Optional.empty(), action.refusal(Power.PAUSED, WorkloadState.RUNNING));
    }

    @Test
    void powerOffAndShutDownAreNeverRefused() {
        for (Power power : Power.values()) {
            for (WorkloadState state : WorkloadState.values()) {
                assertEquals(Optional.empty(), PowerAction.POWER_OFF.refusal(power, state));
                assertEquals(Optional.empty(), PowerAction.SHUT_DOWN.refusal(power, state));
            }
        }
    }
}
