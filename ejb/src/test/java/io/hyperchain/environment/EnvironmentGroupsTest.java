package io.hyperchain.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.balance.WorkloadKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's group bar: the tenant's groups by name, their members by node, the buttons they allow. */
class EnvironmentGroupsTest {

    private static EnvironmentView.Container container(long nodeId, String group, Power power, WorkloadState state) {
        return new EnvironmentView.Container(nodeId, "n" + nodeId, state, "c" + nodeId, null, 2, 4, false, false, nodeId,
                "n" + nodeId, false, WorkloadKind.SERVICE, false, power, nodeId * 10, group);
    }

    private static EnvironmentView environment(EnvironmentView.Container... containers) {
        return new EnvironmentView(DesiredState.RUNNING, 1L, 1L, "busybox", List.of(containers));
    }

    @Test
    void groupsComeByNameWithTheirMembersByNodeAndUngroupedContainersInNone() {
        var view = environment(container(1, "workers", Power.ON, WorkloadState.RUNNING),
                container(2, null, Power.ON, WorkloadState.RUNNING),
                container(3, "web", Power.ON, WorkloadState.RUNNING),
                container(4, "workers", Power.ON, WorkloadState.RUNNING));
        var groups = view.getGroups();
        assertEquals(List.of("web", "workers"), groups.stream().map(EnvironmentView.Group::name).toList());
        assertEquals(List.of(1L, 4L), groups.get(1).members().stream().map(EnvironmentView.Container::nodeId).toList());
        assertEquals(List.of(), environment(container(2, null, Power.ON, WorkloadState.RUNNING)).getGroups());
    }

    @Test
    void aGroupOffersAnActionThatSomeMemberHasToDo() {
        var mixed = environment(container(1, "web", Power.OFF, WorkloadState.STOPPED),
                container(2, "web", Power.ON, WorkloadState.RUNNING)).getGroups().get(0);
        assertTrue(mixed.allows("poweron"), "the one that is off");
        assertTrue(mixed.allows("poweroff"), "the one that is on");
        assertTrue(mixed.allows("reboot"), "the one that is on; the other answers container.off");
        var allOff = environment(container(1, "web", Power.OFF, WorkloadState.STOPPED),
                container(2, "web", Power.OFF, WorkloadState.STOPPED)).getGroups().get(0);
        assertFalse(allOff.allows("poweroff"), "nothing to do");
        assertFalse(allOff.allows("pause"));
        assertTrue(allOff.allows("poweron"));
        assertFalse(allOff.allows("drain"));
    }

    @Test
    void eachContainerShowsItsWorkloadIdAndGroup() {
        var c = container(3, "web", Power.ON, WorkloadState.RUNNING);
        assertEquals(30, c.getWorkloadId());
        assertEquals("web", c.getGroup());
    }
}
