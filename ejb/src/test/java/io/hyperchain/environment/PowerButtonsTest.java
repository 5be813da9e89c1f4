package io.hyperchain.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hyperchain.balance.WorkloadKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard offers the power actions that have something to do and are allowed now. */
class PowerButtonsTest {

    private static List<String> offered(Power power, WorkloadState state) {
        var container = new EnvironmentView.Container(3, "n3", state, "c1", null, 2, 4, true, false, 3, "n3", false,
                WorkloadKind.SERVICE, false, power, 30, null);
        return PowerAction.words().stream().filter(container::allows).toList();
    }

    @Test
    void aRunningContainerMayBeStoppedRestartedOrPaused() {
        assertEquals(List.of("poweroff", "shutdown", "reset", "reboot", "pause"), offered(Power.ON, WorkloadState.RUNNING));
    }

    @Test
    void aPoweredOffContainerMayOnlyBePoweredOn() {
        assertEquals(List.of("poweron"), offered(Power.OFF, WorkloadState.STOPPED));
    }

    @Test
    void aPausedContainerMayBeResumedStoppedOrRestarted() {
        assertEquals(List.of("poweron", "poweroff", "shutdown", "reset", "reboot"), offered(Power.PAUSED, WorkloadState.RUNNING));
    }

    @Test
    void aFailedContainerMayBeStartedAgainOrStopped() {
        assertEquals(List.of("poweron", "poweroff", "shutdown", "reset", "reboot"), offered(Power.ON, WorkloadState.FAILED));
    }

    @Test
    void anUnknownWordIsNoButton() {
        assertEquals(false, new EnvironmentView.Container(3, "n3", WorkloadState.RUNNING, "c1", null, 2, 4, true, false, 3,
                "n3", false, WorkloadKind.SERVICE, false, Power.ON, 30, null).allows("drain"));
    }
}
