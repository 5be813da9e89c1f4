package io.hyperchain.task;

import io.hyperchain.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's order to run a command: the argument vector (passed to exec as it is, never to a
 * shell), what it reserves of the environment, its kind, and the node asked for by name (else
 * the portal picks).
 */
public record TaskOrder(List<String> argv, double cpu, double memoryGiB, TaskKind kind, Optional<String> node) {

    public static final double DEFAULT_CPU = 1;
    public static final double DEFAULT_MEMORY_GIB = 0.25;
    /** Limits that keep a command line within what an exec, a row and a page carry comfortably. */
    public static final int MAX_WORDS = 256;
    public static final int MAX_BYTES = 16 * 1024;
    static final double MAX_CPU = 256;
    static final double MAX_MEMORY_GIB = 4096;

    public TaskOrder {
        argv = List.copyOf(argv);
    }

    /**
     * Checks what a caller sent; null cpu, memory or kind take the defaults (1 core, 0.25 GiB,
     * batch). Fails with 400 naming the field.
     */
    public static TaskOrder of(List<String> argv, Double cpu, Double memoryGiB, String kind, String node) {
        if (argv == null || argv.isEmpty() || argv.get(0) == null || argv.get(0).isBlank()) {
            throw DomainException.invalid("command", "task.commandMissing", "Say which command to run.");
        }
        if (argv.size() > MAX_WORDS) {
            throw DomainException.invalid("command", "task.commandTooLong",
                    "A command has at most " + MAX_WORDS + " words; this one has " + argv.size() + ".");
        }
        int bytes = 0;
        for (String word : argv) {
            if (word == null || word.indexOf('\0') >= 0) {
                throw DomainException.invalid("command", "task.commandInvalid", "A command's words cannot hold a NUL character.");
            }
            bytes += word.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        if (bytes > MAX_BYTES) {
            throw DomainException.invalid("command", "task.commandTooLong",
                    "A command is at most " + MAX_BYTES / 1024 + " KiB; this one is " + bytes + " bytes.");
        }
        double cores = cpu == null ? DEFAULT_CPU : cpu;
        if (!(cores > 0 && cores <= MAX_CPU) || Double.isNaN(cores)) {
            throw DomainException.invalid("cpu", "task.cpuInvalid", "cpu is the cores the task reserves: more than 0, at most "
                    + (int) MAX_CPU + ".");
        }
        double memory = memoryGiB == null ? DEFAULT_MEMORY_GIB : memoryGiB;
        if (!(memory > 0 && memory <= MAX_MEMORY_GIB) || Double.isNaN(memory)) {
            throw DomainException.invalid("memoryGiB", "task.memoryInvalid",
                    "memoryGiB is the memory the task reserves: more than 0, at most " + (int) MAX_MEMORY_GIB + ".");
        }
        TaskKind taskKind = kind == null ? TaskKind.BATCH : TaskKind.parse(kind).orElseThrow(() ->
                DomainException.invalid("kind", "task.kindInvalid", "kind is \"service\" or \"batch\"."));
        Optional<String> onNode = node == null || node.isBlank() ? Optional.empty() : Optional.of(node.strip());
        return new TaskOrder(argv, cores, memory, taskKind, onNode);
    }

    /** The command as a person would type it again. */
    public String line() {
        return CommandWords.join(argv);
    }
}
