package io.hyperchain.task;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.TenantContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * What {@code hc} in the leader's shell asks, answered with the same service as the page and the
 * API, for the tenant whose container the request came from (never one the request names).
 */
public final class HcCommand {

    /** An answer: hc's exit code and what it prints. */
    public record Answer(int code, String text) {
    }

    /** The most of a task's output {@code hc logs} prints: its end. */
    static final int LOGS_AT_MOST = 64 * 1024;

    static final String HELP = """
            hc: your environment as one machine
              hc run [--cpu N] [--memory GIB] [--service|--batch] [--node NAME] [--] COMMAND [ARG...]
                                 run a command where there is most room (no shell: use sh -c '...' for one)
              hc ps              every task on every node
              hc top             the machine and what each running task uses now
              hc logs ID         a task's output (its last 64 KiB)
              hc kill ID         stop a task (TERM, then KILL after 3 s)
            """;

    private HcCommand() {
    }

    public static Answer answer(Tasks tasks, TenantContext tenant, List<String> words) {
        if (words.isEmpty() || words.get(0).equals("help") || words.get(0).equals("--help")) {
            return new Answer(words.isEmpty() ? 2 : 0, HELP);
        }
        List<String> args = words.subList(1, words.size());
        try {
            return switch (words.get(0)) {
                case "run" -> {
                    TaskView task = tasks.run(tenant, order(args));
                    yield new Answer(0, "task " + task.id() + " runs on " + task.nodeName() + "\n");
                }
                case "ps" -> new Answer(0, table(tasks.overview(tenant).tasks(), false));
                case "top" -> {
                    var overview = tasks.overview(tenant);
                    yield new Answer(0, machine(overview.machine()) + "\n"
                            + table(overview.tasks().stream().filter(TaskView::running).toList(), true));
                }
                case "logs" -> {
                    byte[] bytes = tasks.output(tenant, id(args), 0).bytes();
                    int start = Math.max(0, bytes.length - LOGS_AT_MOST);
                    yield new Answer(0, new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
                }
                case "kill" -> {
                    TaskView task = tasks.kill(tenant, id(args));
                    yield new Answer(0, "task " + task.id() + " " + stateText(task) + "\n");
                }
                default -> new Answer(2, "hc: no command " + words.get(0) + "\n" + HELP);
            };
        } catch (DomainException e) {
            return new Answer(1, "hc: " + e.getMessage() + "\n");
        } catch (IllegalArgumentException e) {
            return new Answer(2, "hc: " + e.getMessage() + "\n" + HELP);
        }
    }

    /** The order of {@code hc run}'s arguments; fails with a message on a bad option. */
    static TaskOrder order(List<String> args) {
        Double cpu = null;
        Double memory = null;
        String kind = null;
        String node = null;
        int i = 0;
        while (i < args.size() && args.get(i).startsWith("--")) {
            String option = args.get(i);
            if (option.equals("--")) {
                i++;
                break;
            }
            switch (option) {
                case "--service", "--batch" -> kind = option.substring(2);
                case "--cpu", "--memory", "--node" -> {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException(option + " needs a value");
                    }
                    String value = args.get(++i);
                    if (option.equals("--node")) {
                        node = value;
                    } else {
                        double number = parse(option, value);
                        if (option.equals("--cpu")) {
                            cpu = number;
                        } else {
                            memory = number;
                        }
                    }
                }
                default -> throw new IllegalArgumentException("no option " + option);
            }
            i++;
        }
        return TaskOrder.of(args.subList(i, args.size()), cpu, memory, kind, node);
    }

    private static double parse(String option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number, not " + value);
        }
    }

    private static long id(List<String> args) {
        if (args.size() != 1) {
            throw new IllegalArgumentException("say which task, by its id (hc ps lists them)");
        }
        try {
            return Long.parseLong(args.get(0));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a task id is a number, not " + args.get(0));
        }
    }

    static String machine(MachineLoad m) {
        return String.format(Locale.ROOT, "one machine: %d nodes, %d cores, %d GiB, %s; tasks reserve %s cores, %s GiB",
                m.nodes(), m.cores(), m.memoryGiB(), m.busyPercent() == null ? "not measured yet" : m.busyPercent() + "% busy",
                TaskBudget.number(m.reservedCpu()), TaskBudget.number(m.reservedMemoryGiB()));
    }

    static String table(List<TaskView> tasks, boolean now) {
        var out = new StringBuilder(String.format(Locale.ROOT, "%-6s %-16s %-12s %6s %8s  %s%n", "ID", "NODE", "STATE",
                now ? "CPU" : "CORES", now ? "MEM MiB" : "MEM GiB", "COMMAND"));
        for (TaskView t : tasks) {
            String cpu = now ? (t.cpuNow() == null ? "-" : String.format(Locale.ROOT, "%.2f", t.cpuNow()))
                    : TaskBudget.number(t.cpu());
            String memory = now ? (t.memoryKiBNow() == null ? "-" : Long.toString(t.memoryKiBNow() / 1024))
                    : TaskBudget.number(t.memoryGiB());
            String line = t.line();
            out.append(String.format(Locale.ROOT, "%-6d %-16s %-12s %6s %8s  %s%n", t.id(), t.nodeName(), stateText(t), cpu,
                    memory, line.length() > 80 ? line.substring(0, 77) + "..." : line));
        }
        return out.toString();
    }

    static String stateText(TaskView t) {
        return t.state() == TaskState.EXITED ? "exited " + (t.exitCode() == null ? "?" : t.exitCode()) : t.state().word();
    }
}
