package io.hyperchain.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The lines task-stats.sh prints: "ID STATE CODE TICKS SPAN RSS_KIB TAIL". */
class TaskReadingTest {

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static TaskReading read(String line) {
        return TaskReading.parseLine(line).orElseThrow(() -> new AssertionError("not read: " + line));
    }

    @Test
    void aRunningTaskIsReadWithItsCpuMemoryAndTail() {
        var reading = read("12 running - 50 100 2048 " + base64("hello\n"));
        assertEquals(12, reading.taskId());
        assertEquals(TaskState.RUNNING, reading.state());
        assertNull(reading.exitCode());
        assertEquals(0.5, reading.cpuCores());
        assertEquals(2048, reading.memoryKiB());
        assertEquals("hello\n", reading.tail());
    }

    @Test
    void theCpuIsTheTicksUsedOverTheSpan() {
        assertEquals(2.0, read("1 running - 178 89 0 -").cpuCores());
        assertEquals(0.25, read("1 running - 25 100 0 -").cpuCores());
    }

    @Test
    void aSpanOfNothingIsNoCpu() {
        assertEquals(0.0, read("1 running - 5 0 0 -").cpuCores());
    }

    @Test
    void endedTasksAreReadWithTheirCodes() {
        assertEquals(4, read("7 exited 4 0 89 0 -").exitCode());
        assertEquals(TaskState.EXITED, read("7 exited 4 0 89 0 -").state());
        assertEquals(TaskState.KILLED, read("8 killed 143 0 89 0 -").state());
        assertEquals(143, read("8 killed 143 0 89 0 -").exitCode());
        assertEquals(TaskState.LOST, read("9 lost - 0 89 0 -").state());
        assertNull(read("9 lost - 0 89 0 -").exitCode());
    }

    @Test
    void aDashIsNoTail() {
        assertEquals("", read("7 exited 0 0 89 0 -").tail());
    }

    @Test
    void aTailOfAnyTextComesBackAsItWas() {
        assertEquals("가나다 🙂\ttab\n", read("7 exited 0 0 89 0 " + base64("가나다 🙂\ttab\n")).tail());
    }

    @Test
    void surroundingBlanksAndACarriageReturnAreIgnored() {
        assertEquals(7, read("  7 exited 0 0 89 0 -\r").taskId());
    }

    @Test
    void theLinesAreReadByTaskId() {
        Map<Long, TaskReading> readings = TaskReading.parse("1 running - 10 100 512 -\n2 exited 0 0 100 0 "
                + base64("done") + "\n\n");
        assertEquals(2, readings.size());
        assertEquals(TaskState.RUNNING, readings.get(1L).state());
        assertEquals("done", readings.get(2L).tail());
    }

    @Test
    void garbledLinesAreSkippedAndTheRestRead() {
        Map<Long, TaskReading> readings = TaskReading.parse(String.join("\n",
                "1 running - 10 100 512",
                "2 zombie - 10 100 512 -",
                "3 running - 10 100 512 - extra",
                "4 exited 0 0 89 0 -",
                "five running - 10 100 512 -"));
        assertEquals(Map.of(4L, read("4 exited 0 0 89 0 -")), readings);
    }

    @Test
    void nothingReadsAsNoTasks() {
        assertEquals(Map.of(), TaskReading.parse(""));
        assertEquals(Map.of(), TaskReading.parse("\n\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "1 running - 10 100 512",
            "1 running - 10 100 512 - -",
            "1  running - 10 100 512 -",
            "1 RUNNING - 10 100 512 -",
            "1 stopped - 10 100 512 -",
            "x running - 10 100 512 -",
            "1.5 running - 10 100 512 -",
            "1 exited x 10 100 512 -",
            "1 exited 1.0 10 100 512 -",
            "1 running - ten 100 512 -",
            "1 running - 10 1e2 512 -",
            "1 running - 10 100 512k -",
            "1 running - 10 100 512 @@not-base64@@",
            "1 running - 10 100 512 aGVsbG8K=====",
            "99999999999999999999 running - 10 100 512 -"})
    void aGarbledLineIsSkipped(String line) {
        assertEquals(Optional.empty(), TaskReading.parseLine(line));
    }

    @Test
    void everyStateWordOfTheScriptsIsKnown() {
        for (TaskState state : TaskState.values()) {
            assertEquals(Optional.of(state), TaskReading.stateOf(state.word()));
        }
        assertTrue(TaskReading.stateOf("Running").isEmpty());
    }
}
