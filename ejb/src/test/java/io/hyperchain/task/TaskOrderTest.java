package io.hyperchain.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A tenant's order to run a command, as a caller sent it: checked, with defaults filled in. */
class TaskOrderTest {

    private static final List<String> LS = List.of("ls", "-l");

    private static TaskOrder order(List<String> argv) {
        return TaskOrder.of(argv, null, null, null, null);
    }

    private static void assertRefused(String field, String code, Runnable call) {
        var e = assertThrows(DomainException.class, call::run);
        assertEquals(Problem.INVALID, e.problem());
        assertEquals(code, e.code());
        assertEquals(field, e.field());
    }

    @Test
    void whatIsNotSaidTakesTheDefaultsOneCoreAQuarterGibAndBatch() {
        var order = order(LS);
        assertEquals(LS, order.argv());
        assertEquals(1.0, order.cpu());
        assertEquals(0.25, order.memoryGiB());
        assertEquals(TaskKind.BATCH, order.kind());
        assertEquals(Optional.empty(), order.node());
    }

    @Test
    void whatIsSaidIsKept() {
        var order = TaskOrder.of(LS, 2.5, 8.0, "service", "node-2");
        assertEquals(2.5, order.cpu());
        assertEquals(8.0, order.memoryGiB());
        assertEquals(TaskKind.SERVICE, order.kind());
        assertEquals(Optional.of("node-2"), order.node());
    }

    @Test
    void theWordsAreCopiedSoALaterChangeToTheCallersListChangesNothing() {
        var argv = new ArrayList<>(LS);
        var order = order(argv);
        argv.add("/etc");
        assertEquals(LS, order.argv());
    }

    @Test
    void noCommandIsRefused() {
        assertRefused("command", "task.commandMissing", () -> order(null));
        assertRefused("command", "task.commandMissing", () -> order(List.of()));
    }

    @Test
    void aBlankFirstWordIsRefusedAsNoCommand() {
        assertRefused("command", "task.commandMissing", () -> order(List.of("", "-l")));
        assertRefused("command", "task.commandMissing", () -> order(List.of(" \t", "-l")));
    }

    @Test
    void aNullWordIsRefusedAsItsFieldNotAsAnError() {
        assertRefused("command", "task.commandMissing", () -> order(Collections.singletonList(null)));
        assertRefused("command", "task.commandInvalid", () -> order(Arrays.asList("echo", null)));
    }

    @Test
    void aWordHoldingANulCharacterIsRefused() {
        assertRefused("command", "task.commandInvalid", () -> order(List.of("echo", "a\0b")));
    }

    @Test
    void atMost256WordsAreTaken() {
        assertEquals(256, order(Collections.nCopies(256, "x")).argv().size());
        assertRefused("command", "task.commandTooLong", () -> order(Collections.nCopies(257, "x")));
    }

    @Test
    void atMost16KibAreTakenCountingEachWordsUtf8BytesAndItsEnd() {
        // 16,383 bytes and the word's end: exactly 16 KiB
        assertEquals(1, order(List.of("a".repeat(16_383))).argv().size());
        assertRefused("command", "task.commandTooLong", () -> order(List.of("a".repeat(16_384))));
        assertEquals(2, order(List.of("echo", "a".repeat(16_378))).argv().size());
        assertRefused("command", "task.commandTooLong", () -> order(List.of("echo", "a".repeat(16_379))));
        // 5,462 characters, but three bytes each
        assertRefused("command", "task.commandTooLong", () -> order(List.of("가".repeat(5_462))));
    }

    @Test
    void theTooLongMessageSaysByHowMuch() {
        var byWords = assertThrows(DomainException.class, () -> order(Collections.nCopies(300, "x")));
        assertEquals("A command has at most 256 words; this one has 300.", byWords.getMessage());
        var byBytes = assertThrows(DomainException.class, () -> order(List.of("a".repeat(20_000))));
        assertEquals("A command is at most 16 KiB; this one is 20001 bytes.", byBytes.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.0, -1, 256.01, 1e9, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void cpuOutsideMoreThanNothingUpTo256CoresIsRefused(double cpu) {
        assertRefused("cpu", "task.cpuInvalid", () -> TaskOrder.of(LS, cpu, null, null, null));
    }

    @Test
    void cpuFromAHundredthUpTo256CoresIsTaken() {
        assertEquals(0.01, TaskOrder.of(LS, 0.01, null, null, null).cpu());
        assertEquals(256.0, TaskOrder.of(LS, 256.0, null, null, null).cpu());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.25, 4096.5, Double.NaN, Double.POSITIVE_INFINITY})
    void memoryOutsideMoreThanNothingUpTo4096GibIsRefused(double memory) {
        assertRefused("memoryGiB", "task.memoryInvalid", () -> TaskOrder.of(LS, null, memory, null, null));
    }

    @Test
    void memoryUpTo4096GibIsTaken() {
        assertEquals(4096.0, TaskOrder.of(LS, null, 4096.0, null, null).memoryGiB());
    }

    @ParameterizedTest
    @ValueSource(strings = {"service", "SERVICE", "Service", " service\t"})
    void kindServiceIsReadInAnyCase(String kind) {
        assertEquals(TaskKind.SERVICE, TaskOrder.of(LS, null, null, kind, null).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"batch", "BATCH", "bAtCh"})
    void kindBatchIsReadInAnyCase(String kind) {
        assertEquals(TaskKind.BATCH, TaskOrder.of(LS, null, null, kind, null).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"daemon", "", " ", "services", "batch job"})
    void anyOtherKindIsRefused(String kind) {
        assertRefused("kind", "task.kindInvalid", () -> TaskOrder.of(LS, null, null, kind, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void aBlankNodeMeansAnyNode(String node) {
        assertEquals(Optional.empty(), TaskOrder.of(LS, null, null, null, node).node());
    }

    @Test
    void aNodeNameLosesItsSurroundingBlanks() {
        assertEquals(Optional.of("node-2"), TaskOrder.of(LS, null, null, null, "  node-2 ").node());
    }

    @Test
    void theCommandLineIsTheWordsAsAPersonWouldTypeThem() {
        assertEquals("sh -c 'echo hi; exit 3'", order(List.of("sh", "-c", "echo hi; exit 3")).line());
    }
}
