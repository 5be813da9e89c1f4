package io.hyperchain.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.task.TaskKind;
import io.hyperchain.task.TaskState;
import io.hyperchain.task.TaskView;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The texts of the tasks page's list, in the pages' own words (the real bundles). */
class TaskLineTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Instant STARTED = Instant.parse("2027-03-15T10:00:10Z");
    private static final TaskLine.Words ENGLISH = words(Locale.ROOT);
    private static final TaskLine.Words KOREAN = words(Locale.KOREAN);

    /** What PageMessages does with the page's bundle in this language. */
    private static TaskLine.Words words(Locale locale) {
        var bundle = ResourceBundle.getBundle("io.hyperchain.web.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return (key, arguments) -> new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    private static TaskView task(TaskState state, Integer code, Double cpuNow, Long memoryKiBNow, String tail) {
        return new TaskView(12, List.of("md5sum", "/dev/zero"), 3, "shared-1", TaskKind.BATCH, state, code, STARTED,
                state == TaskState.RUNNING ? null : STARTED.plusSeconds(5), 1, 0.25, cpuNow, memoryKiBNow, tail, null);
    }

    private static TaskLine line(TaskView task) {
        return TaskLine.of(task, SEOUL, ENGLISH);
    }

    @Test
    void aRunningTaskSaysWhatItUsesNowInCoresAndMebibytes() {
        var line = line(task(TaskState.RUNNING, null, 0.9849, 12_800L, "hello\n"));
        assertEquals("running", line.getStateText());
        assertEquals("running", line.getTone());
        assertTrue(line.isRunning());
        assertEquals("0.98 cores", line.getCpuNow());
        assertEquals("13 MiB", line.getMemoryNow(), "12,800 KiB is 12.5 MiB, rounded");
    }

    @Test
    void aRunningTaskWhoseContainerDidNotAnswerSaysSo() {
        var line = line(task(TaskState.RUNNING, null, null, null, null));
        assertEquals("not reported", line.getCpuNow());
        assertEquals("", line.getMemoryNow());
        assertEquals("", line.getTail());
    }

    @Test
    void anEndedTaskShowsNoUseNow() {
        var line = line(task(TaskState.EXITED, 0, 0.5, 1024L, "done\n"));
        assertFalse(line.isRunning());
        assertEquals("", line.getCpuNow());
        assertEquals("", line.getMemoryNow());
    }

    @Test
    void anExitedTaskSaysItsExitCodeAndOnlyZeroIsDone() {
        assertEquals("exited 0", line(task(TaskState.EXITED, 0, null, null, null)).getStateText());
        assertEquals("done", line(task(TaskState.EXITED, 0, null, null, null)).getTone());
        assertEquals("exited 137", line(task(TaskState.EXITED, 137, null, null, null)).getStateText());
        assertEquals("failed", line(task(TaskState.EXITED, 137, null, null, null)).getTone());
        assertEquals("exited", line(task(TaskState.EXITED, null, null, null, null)).getStateText());
    }

    @Test
    void killedAndLostTasksSaySo() {
        assertEquals("killed", line(task(TaskState.KILLED, 143, null, null, null)).getStateText());
        assertEquals("killed", TaskLine.tone(TaskState.KILLED, 143));
        assertEquals("lost", line(task(TaskState.LOST, null, null, null, null)).getStateText());
        assertEquals("lost", TaskLine.tone(TaskState.LOST, null));
    }

    @Test
    void theStateIsWrittenInKorean() {
        assertEquals("종료됨 (코드 0)", TaskLine.stateText(TaskState.EXITED, 0, KOREAN));
        assertEquals("실행 중", TaskLine.stateText(TaskState.RUNNING, null, KOREAN));
    }

    @Test
    void theStartIsATimeOfTheInstallationsZone() {
        assertEquals("2027-03-15 19:00:10", line(task(TaskState.RUNNING, null, null, null, null)).getStarted());
    }

    @Test
    void theTailIsTheOutputsLastTwoLinesWithoutTerminalCodes() {
        var line = line(task(TaskState.RUNNING, null, null, null, "one\ntwo\n\u001B[32mthree\u001B[0m\n"));
        assertEquals("two\nthree", line.getTail());
    }

    @Test
    void aTaskSaysItsKindAndWhatItReserves() {
        assertEquals("Batch · reserves 1 CPU, 0.25 GiB", line(task(TaskState.RUNNING, null, null, null, null)).getAbout());
        var service = new TaskView(1234, List.of("sleep", "60"), 3, "shared-2", TaskKind.SERVICE, TaskState.RUNNING, null,
                STARTED, null, 2.5, 1.5, null, null, null, 1200L);
        assertEquals("Service · reserves 2.5 CPU, 1.5 GiB · started again for task 1200", line(service).getAbout());
        assertEquals(1234, line(service).getId(), "an id is a number, never written as 1,234");
    }

    @Test
    void theCommandIsShownAsItWouldBeTypedAgain() {
        var task = new TaskView(5, List.of("sh", "-c", "echo hi; sleep 1"), 3, "shared-1", TaskKind.BATCH, TaskState.RUNNING,
                null, STARTED, null, 1, 0.25, null, null, null, null);
        assertEquals("sh -c 'echo hi; sleep 1'", line(task).getLine());
    }

    @Test
    void residentMemoryIsRoundedToWholeMebibytes() {
        assertEquals(0, TaskLine.mebibytes(511));
        assertEquals(1, TaskLine.mebibytes(512));
        assertEquals(2048, TaskLine.mebibytes(2 * 1024 * 1024));
    }
}
