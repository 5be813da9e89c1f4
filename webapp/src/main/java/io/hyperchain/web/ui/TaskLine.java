package io.hyperchain.web.ui;

import io.hyperchain.task.TaskState;
import io.hyperchain.task.TaskView;
import java.io.Serializable;
import java.time.ZoneId;

/**
 * One task as the tasks page lists it, its texts already written for the reader: how it stands,
 * when it started, what it uses now and the end of its output. JavaBean getters because Jakarta
 * EL 5 does not read record components; the formats are plain Java, tested alone.
 */
public final class TaskLine implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The page's words: a text of its bundle with its figures ({@link PageMessages#text}). */
    @FunctionalInterface
    interface Words {
        String text(String key, Object... arguments);
    }

    /** What the list shows of a task's output: its last lines, short enough for a table cell. */
    static final int TAIL_LINES = 2;
    static final int TAIL_CHARS = 160;

    private final long id;
    private final String line;
    private final String nodeName;
    private final String about;
    private final String state;
    private final String tone;
    private final String stateText;
    private final boolean running;
    private final String started;
    private final String cpuNow;
    private final String memoryNow;
    private final String tail;

    private TaskLine(TaskView task, ZoneId zone, Words words) {
        this.id = task.id();
        this.line = task.line();
        this.nodeName = task.nodeName();
        this.about = about(task, words);
        this.state = task.state().name();
        this.tone = tone(task.state(), task.exitCode());
        this.stateText = stateText(task.state(), task.exitCode(), words);
        this.running = task.running();
        this.started = task.startedAt() == null ? "" : JobTimes.started(task.startedAt(), zone);
        this.cpuNow = !running ? "" : task.cpuNow() == null ? words.text("tasks.now.unknown") : words.text("tasks.now.cpu", task.cpuNow());
        this.memoryNow = !running || task.memoryKiBNow() == null ? "" : words.text("tasks.now.memory", mebibytes(task.memoryKiBNow()));
        this.tail = TerminalText.lastLines(task.tail(), TAIL_LINES, TAIL_CHARS);
    }

    static TaskLine of(TaskView task, ZoneId zone, Words words) {
        return new TaskLine(task, zone, words);
    }

    /** "running", "exited 0", "killed" or "lost", in the reader's language. */
    static String stateText(TaskState state, Integer exitCode, Words words) {
        if (state == TaskState.EXITED && exitCode != null) {
            return words.text("tasks.state.EXITED.code", Integer.toString(exitCode));
        }
        return words.text("tasks.state." + state.name());
    }

    /** The colour of a state: an exit code other than 0 is a failure, whatever the command meant by it. */
    static String tone(TaskState state, Integer exitCode) {
        return switch (state) {
            case RUNNING -> "running";
            case EXITED -> exitCode != null && exitCode == 0 ? "done" : "failed";
            case KILLED -> "killed";
            case LOST -> "lost";
        };
    }

    /** Resident memory as the list shows it: whole MiB, rounded. */
    static long mebibytes(long kib) {
        return Math.round(kib / 1024.0);
    }

    /** Its kind and what it reserves ("Batch · reserves 1 CPU, 0.25 GiB"), and the task it replaced if any. */
    private static String about(TaskView task, Words words) {
        String about = words.text("tasks.about", words.text("tasks.kind." + task.kind().name()), task.cpu(), task.memoryGiB());
        return task.restartedFrom() == null ? about
                : about + " · " + words.text("tasks.restartedFrom", Long.toString(task.restartedFrom()));
    }

    public long getId() {
        return id;
    }

    /** The command as a person would type it again. */
    public String getLine() {
        return line;
    }

    public String getNodeName() {
        return nodeName;
    }

    public String getAbout() {
        return about;
    }

    /** RUNNING, EXITED, KILLED or LOST: for the page's tests and data attributes. */
    public String getState() {
        return state;
    }

    /** running, done, failed, killed or lost: the badge's colour. */
    public String getTone() {
        return tone;
    }

    public String getStateText() {
        return stateText;
    }

    public boolean isRunning() {
        return running;
    }

    public String getStarted() {
        return started;
    }

    /** Cores used now ("0.98 cores"); empty once it ended. */
    public String getCpuNow() {
        return cpuNow;
    }

    /** Resident memory now ("12 MiB"); empty once it ended or when its container did not say. */
    public String getMemoryNow() {
        return memoryNow;
    }

    /** The last line or two of its output, as its container last reported them. */
    public String getTail() {
        return tail;
    }
}
