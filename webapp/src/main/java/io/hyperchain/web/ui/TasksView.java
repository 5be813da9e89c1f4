package io.hyperchain.web.ui;

import io.hyperchain.billing.BillingConfig;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.TenantContext;
import io.hyperchain.task.CommandWords;
import io.hyperchain.task.MachineLoad;
import io.hyperchain.task.OutputChunk;
import io.hyperchain.task.TaskKind;
import io.hyperchain.task.TaskOrder;
import io.hyperchain.task.TaskState;
import io.hyperchain.task.TaskView;
import io.hyperchain.task.Tasks;
import io.hyperchain.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The tenant's task manager (issue 15, P1.7): the running environment as one machine beside its
 * nodes, a form to run a command in it, the tasks with what they use now, a task's output, and kill
 * (asked first, in a dialog of its own so the list's poll cannot take the question away).
 */
@Named
@ViewScoped
public class TasksView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The run form's id: a refusal naming a field is shown beside that field's input. */
    private static final String FORM = "tasks";
    /** The page's own words for some refusals ("tasks.error." + code, {@link PageMessages#refusalOn}). */
    private static final String PAGE = "tasks";

    @Inject
    Caller caller;

    @Inject
    Tasks tasks;

    @Inject
    PageMessages messages;

    @Inject
    BillingConfig config;

    private TenantContext tenant;
    /**
     * Whether the environment ran when the page was opened: it decides what the page is made of (the
     * form or the way to the dashboard), so the poll and live events that re-read the list never
     * update a part that is not there.
     */
    private boolean running;
    private Integer busyPercent;
    private String machineText;
    private String reservedText;
    private List<TaskLine> lines = List.of();
    private List<TaskNode> nodes = List.of();

    private String command;
    private Double cpu = TaskOrder.DEFAULT_CPU;
    private Double memory = TaskOrder.DEFAULT_MEMORY_GIB;
    private String kind = TaskKind.BATCH.word();
    private String node;

    /** The task whose output the dialog shows, and what it read. */
    private TaskLine outputTask;
    private String outputText = "";
    private String outputAbout = "";
    private String outputDropped;

    /** The task the kill dialog asks about. */
    private TaskLine toKill;
    private String killQuestion = "";

    @PostConstruct
    void init() {
        tenant = caller.tenant();
        var overview = tasks.overview(tenant);
        running = overview.environment().isRunning();
        show(overview);
    }

    /** The machine, the nodes and the tasks as they are now: the poll's and the live events' listener. */
    public void refresh() {
        show(tasks.overview(tenant));
    }

    private void show(Tasks.Overview overview) {
        MachineLoad machine = overview.machine();
        busyPercent = machine.busyPercent();
        machineText = machineText(machine);
        reservedText = messages.text("tasks.reserved", machine.reservedCpu(), machine.cores(), machine.reservedMemoryGiB(),
                machine.memoryGiB());
        lines = overview.tasks().stream().map(t -> TaskLine.of(t, config.zone(), messages::text)).toList();
        nodes = TaskNode.of(overview.environment(), overview.tasks());
    }

    /** "One machine: 3 nodes, 6 cores, 12 GiB · 40 % busy", or "· not measured yet" before its first samples. */
    private String machineText(MachineLoad load) {
        String size = messages.text("tasks.machine", load.nodes(), load.cores(), load.memoryGiB());
        Integer busy = load.busyPercent();
        return size + " · " + (busy == null ? messages.text("tasks.machine.unmeasured") : messages.text("tasks.machine.busy", busy));
    }

    /** Runs the typed command line with the form's reservation, kind and node. */
    public void run() {
        List<String> argv;
        try {
            argv = CommandWords.split(command == null ? "" : command);
        } catch (IllegalArgumentException unfinished) {
            messages.errorAt(FORM + ":command", "tasks.command.unfinished", unfinished.getMessage());
            return;
        }
        try {
            TaskView task = tasks.run(tenant, TaskOrder.of(argv, cpu, memory, kind, node));
            messages.info("tasks.started", Long.toString(task.id()), task.nodeName());
            command = null; // a second click must not start it twice
        } catch (DomainException e) {
            messages.refusedOnAt(PAGE, e.field() == null ? null : FORM + ":" + input(e.field()), e);
        }
        refresh();
    }

    /** The input of the form a refusal's field names: the same word, but for the memory. */
    static String input(String field) {
        return "memoryGiB".equals(field) ? "memory" : field;
    }

    /** A row's Kill: the dialog asks about this task. */
    public void askKill(long taskId) {
        toKill = line(taskId);
        killQuestion = toKill == null ? "" : messages.text("tasks.kill.confirm", Long.toString(toKill.getId()), toKill.getLine(),
                toKill.getNodeName());
    }

    /** The dialog's Yes: kills the task it asked about; one that ended meanwhile is said to have ended. */
    public void kill() {
        if (toKill == null) {
            return;
        }
        String id = Long.toString(toKill.getId());
        try {
            TaskView task = tasks.kill(tenant, toKill.getId());
            if (task.state() == TaskState.KILLED) {
                messages.info("tasks.killed", id);
            } else {
                messages.info("tasks.killEnded", id, TaskLine.stateText(task.state(), task.exitCode(), messages::text));
            }
        } catch (DomainException e) {
            messages.refusedOnAt(PAGE, null, e);
        }
        toKill = null;
        refresh();
    }

    /** A row's Output: the dialog shows all that is kept of this task's output. */
    public void showOutput(long taskId) {
        outputTask = line(taskId);
        readOutput();
    }

    /** The dialog's Refresh: the output read again from its start. */
    public void readOutput() {
        outputText = "";
        outputAbout = "";
        outputDropped = null;
        if (outputTask == null) {
            return;
        }
        try {
            OutputChunk chunk = tasks.output(tenant, outputTask.getId(), 0);
            outputText = TerminalText.plain(new String(chunk.bytes(), StandardCharsets.UTF_8));
            outputAbout = messages.text("tasks.output.about", Long.toString(outputTask.getId()), outputTask.getNodeName(),
                    TaskLine.stateText(chunk.state(), chunk.exitCode(), messages::text));
            // only the newest part of a long output is kept on the node: say where this part starts
            outputDropped = chunk.from() > 0 ? messages.text("tasks.output.dropped", Long.toString(chunk.from())) : null;
        } catch (DomainException e) {
            messages.refusedOnAt(PAGE, null, e);
        }
    }

    private TaskLine line(long taskId) {
        return lines.stream().filter(l -> l.getId() == taskId).findFirst().orElse(null);
    }

    public boolean isRunning() {
        return running;
    }

    /** Whether any listed task runs: the list is read again every few seconds while one does. */
    public boolean isAnyRunning() {
        return lines.stream().anyMatch(TaskLine::isRunning);
    }

    public String getMachineText() {
        return machineText;
    }

    /** How busy the machine is in percent, or null while unmeasured. */
    public Integer getBusyPercent() {
        return busyPercent;
    }

    public String getReservedText() {
        return reservedText;
    }

    public List<TaskLine> getLines() {
        return lines;
    }

    public List<TaskNode> getNodes() {
        return nodes;
    }

    /** The nodes a task may be asked to run on: those whose container runs now. */
    public List<String> getNodeNames() {
        return nodes.stream().filter(TaskNode::up).map(TaskNode::nodeName).toList();
    }

    public String getZone() {
        return config.zone().getId();
    }

    /** The longest command line the portal takes, in characters (at most as many bytes). */
    public int getMaxCommandLength() {
        return TaskOrder.MAX_BYTES;
    }

    public String getCommand() {
        return command;
    }

    public void setCommand(String command) {
        this.command = command;
    }

    public Double getCpu() {
        return cpu;
    }

    public void setCpu(Double cpu) {
        this.cpu = cpu;
    }

    public Double getMemory() {
        return memory;
    }

    public void setMemory(Double memory) {
        this.memory = memory;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getNode() {
        return node;
    }

    public void setNode(String node) {
        this.node = node;
    }

    public TaskLine getOutputTask() {
        return outputTask;
    }

    public String getOutputText() {
        return outputText;
    }

    /** "Task 12 on shared-1, running:" above its command and output. */
    public String getOutputAbout() {
        return outputAbout;
    }

    /** Where the kept output starts when its beginning was dropped, else null. */
    public String getOutputDropped() {
        return outputDropped;
    }

    public String getKillQuestion() {
        return killQuestion;
    }
}
