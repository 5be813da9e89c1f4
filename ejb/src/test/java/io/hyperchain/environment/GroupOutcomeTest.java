package io.hyperchain.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.environment.GroupOutcome.MemberResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A group's answer: every member's own, by node, and what failed counted. */
class GroupOutcomeTest {

    private static final GroupName WEB = GroupName.of("web");

    @Test
    void membersAnswerByNode() {
        var outcome = new GroupOutcome(WEB, PowerAction.POWER_OFF, List.of(
                MemberResult.done(new WorkloadPower.Done(PowerAction.POWER_OFF, 7, 70, true)),
                MemberResult.done(new WorkloadPower.Done(PowerAction.POWER_OFF, 3, 30, true))));
        assertEquals(List.of(3L, 7L), outcome.members().stream().map(MemberResult::nodeId).toList());
    }

    @Test
    void aDoneMemberSaysWhatItDidAndOneWithNothingToDoIsNoFailure() {
        var outcome = new GroupOutcome(WEB, PowerAction.POWER_OFF, List.of(
                MemberResult.done(new WorkloadPower.Done(PowerAction.POWER_OFF, 3, 30, true)),
                MemberResult.done(new WorkloadPower.Done(PowerAction.POWER_OFF, 4, 40, false))));
        assertTrue(outcome.isAllDone());
        assertEquals(0, outcome.failures());
        assertEquals(1, outcome.changedCount());
        assertEquals("Your container on node 3: poweroff done.", outcome.members().get(0).message());
        assertEquals("Your container on node 4 was already off.", outcome.members().get(1).message());
        assertEquals(30, outcome.members().get(0).workloadId());
    }

    @Test
    void aRefusedOrFailedMemberCountsAsAFailureWithItsOwnCodeAndTheOthersStillCount() {
        var outcome = new GroupOutcome(WEB, PowerAction.REBOOT, List.of(
                MemberResult.done(new WorkloadPower.Done(PowerAction.REBOOT, 1, 10, true)),
                MemberResult.failed(2, 20, "container.off", "Your container on node 2 is powered off: power it on instead of reboot."),
                MemberResult.failed(5, 50, "container.powerFailed", "The engine of node n5 did not reboot your container.")));
        assertFalse(outcome.isAllDone());
        assertEquals(2, outcome.failures());
        assertEquals(1, outcome.changedCount());
        var off = outcome.members().get(1);
        assertTrue(off.isFailed());
        assertFalse(off.changed(), "a failed member changed nothing");
        assertEquals("container.off", off.code());
        assertEquals("3 container(s): 1 changed, 0 unchanged, 2 failed", outcome.summary());
    }

    @Test
    void theSummaryCountsTheUnchangedApart() {
        var outcome = new GroupOutcome(WEB, PowerAction.POWER_ON, List.of(
                MemberResult.done(new WorkloadPower.Done(PowerAction.POWER_ON, 1, 10, false)),
                MemberResult.done(new WorkloadPower.Done(PowerAction.POWER_ON, 2, 20, true))));
        assertEquals("2 container(s): 1 changed, 1 unchanged, 0 failed", outcome.summary());
        assertEquals("web", outcome.getGroup());
        assertEquals("poweron", outcome.getAction());
    }
}
