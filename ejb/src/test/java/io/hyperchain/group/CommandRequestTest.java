package io.hyperchain.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A command as the admin sends it: a known word, and for the shell a command to run. */
class CommandRequestTest {

    private static CommandRequest of(String word, Map<String, String> body) {
        return CommandRequest.of(word, body::get);
    }

    private static DomainException refused(String word, Map<String, String> body) {
        var e = assertThrows(DomainException.class, () -> of(word, body));
        assertEquals(Problem.INVALID, e.problem());
        return e;
    }

    @Test
    void aKnownCommandWithoutArgumentIgnoresAShellField() {
        var request = of("drain", Map.of("shell", "rm -rf /"));
        assertEquals(GroupCommand.DRAIN, request.command());
        assertNull(request.argument());
    }

    @Test
    void theShellCommandIsTakenAsTyped() {
        var request = of("shell", Map.of("shell", "echo hi; uptime"));
        assertEquals(GroupCommand.SHELL, request.command());
        assertEquals("echo hi; uptime", request.argument());
    }

    @Test
    void aMissingOrUnknownCommandIs400NamingTheCommands() {
        assertEquals("command.missing", refused(null, Map.of()).code());
        assertEquals("command.missing", refused(" ", Map.of()).code());
        var unknown = refused("reboot", Map.of());
        assertEquals("command.unknown", unknown.code());
        assertEquals("command", unknown.field());
        assertTrue(unknown.getMessage().contains("drain, maintenance, activate, health-check, shell"), unknown.getMessage());
    }

    @Test
    void theShellNeedsACommandOfAtMost4096CharactersWithoutNul() {
        assertEquals("shell.missing", refused("shell", Map.of()).code());
        assertEquals("shell.missing", refused("shell", Map.of("shell", "  ")).code());
        assertEquals("shell.tooLong", refused("shell", Map.of("shell", "x".repeat(4097))).code());
        assertEquals("shell.invalid", refused("shell", Map.of("shell", "echo \0")).code());
        assertEquals("shell", refused("shell", Map.of()).field());
        assertEquals(4096, of("shell", Map.of("shell", "x".repeat(4096))).argument().length());
    }
}
