package io.hyperchain.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.cluster.NodeState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The commands a group takes: their words, what they need, which ask first, what each does on a member. */
class GroupCommandTest {

    /** Says which action a command chose, and with what. */
    private static final class Recording implements MemberActions {

        @Override
        public MemberOutcome changeState(Member member, NodeState state, Order order) {
            return MemberOutcome.ok("state " + state + " on " + member.name() + " by " + order.actor());
        }

        @Override
        public MemberOutcome healthCheck(Member member, Order order) {
            return MemberOutcome.ok("health of " + member.name());
        }

        @Override
        public MemberOutcome shell(Member member, Order order) {
            return MemberOutcome.exited(0, order.argument() + " on " + member.name());
        }

        @Override
        public MemberOutcome pullTemplate(Member member, Order order) {
            return MemberOutcome.ok("pulled " + order.argument() + " to " + member.name());
        }
    }

    private static String carriedOut(GroupCommand command, String argument) {
        var member = new Member(7, "node-7", "tcp://127.0.0.17:2375");
        var outcome = command.carryOut(new Recording(), member, new Order(command, argument, "ops@example.com", Duration.ofSeconds(3)));
        return outcome.output() != null ? outcome.output() : outcome.message();
    }

    @Test
    void theCommandsAreKnownByTheirWords() {
        assertEquals(List.of("drain", "maintenance", "activate", "health-check", "shell", "pull-template"), GroupCommand.words());
        assertEquals(Optional.of(GroupCommand.HEALTH_CHECK), GroupCommand.byWord("health-check"));
        assertEquals(Optional.empty(), GroupCommand.byWord("HEALTH-CHECK"));
        assertEquals(Optional.empty(), GroupCommand.byWord("reboot"));
    }

    @Test
    void eachCommandDoesItsOwnThingOnAMember() {
        assertEquals("state DRAINING on node-7 by ops@example.com", carriedOut(GroupCommand.DRAIN, null));
        assertEquals("state MAINTENANCE on node-7 by ops@example.com", carriedOut(GroupCommand.MAINTENANCE, null));
        assertEquals("state ACTIVE on node-7 by ops@example.com", carriedOut(GroupCommand.ACTIVATE, null));
        assertEquals("health of node-7", carriedOut(GroupCommand.HEALTH_CHECK, null));
        assertEquals("uptime on node-7", carriedOut(GroupCommand.SHELL, "uptime"));
    }

    @Test
    void onlyTheShellTakesAnArgumentTheShellFieldOfTheBody() {
        assertEquals("shell", GroupCommand.SHELL.argument().orElseThrow().field());
        assertEquals(4096, GroupCommand.SHELL.argument().orElseThrow().maxLength());
        for (GroupCommand command : List.of(GroupCommand.DRAIN, GroupCommand.MAINTENANCE, GroupCommand.ACTIVATE,
                GroupCommand.HEALTH_CHECK)) {
            assertTrue(command.argument().isEmpty(), command::word);
        }
    }

    @Test
    void whatTakesNodesOutOfServiceOrRunsWhatTheAdminTypedAsksFirst() {
        assertTrue(GroupCommand.DRAIN.asksFirst());
        assertTrue(GroupCommand.MAINTENANCE.asksFirst());
        assertTrue(GroupCommand.SHELL.asksFirst());
        assertFalse(GroupCommand.ACTIVATE.asksFirst());
        assertFalse(GroupCommand.HEALTH_CHECK.asksFirst());
    }
}
