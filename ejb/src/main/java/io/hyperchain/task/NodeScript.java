package io.hyperchain.task;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed shell scripts the task manager runs in a tenant's container, each as
 * {@code sh -c SCRIPT NAME ARGS...}: what the tenant asks for only ever arrives as positional
 * arguments, never inside a script's text.
 */
public enum NodeScript {
    RUN("task-run.sh", true),
    READ("task-read.sh", true),
    STATS("task-stats.sh", true),
    KILL("task-kill.sh", true),
    RELAY("relay.sh", false),
    /** Not run by sh -c: the relay installs it as /tmp/.hc/bin/hc. */
    HC("hc.sh", false);

    private final String text;

    NodeScript(String file, boolean withLib) {
        this.text = (withLib ? load("lib.sh") + "\n" : "") + load(file);
    }

    /**
     * The script without its comment lines and indentation: it travels as an exec argument with every
     * call and shows in the container's process list, where the comments are only noise.
     */
    static String compact(String script) {
        var kept = new StringBuilder();
        for (String line : script.split("\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && (!stripped.startsWith("#") || stripped.startsWith("#!"))) {
                kept.append(stripped).append('\n');
            }
        }
        return kept.toString();
    }

    public String text() {
        return text;
    }

    /** The exec's command: sh -c, this script, its $0 and the arguments. */
    public List<String> command(String... args) {
        var command = new ArrayList<String>(List.of("sh", "-c", text, "hc-" + name().toLowerCase(java.util.Locale.ROOT)));
        command.addAll(List.of(args));
        return command;
    }

    /** The same, with an argument vector after the fixed arguments. */
    public List<String> command(List<String> fixed, List<String> argv) {
        var command = command(fixed.toArray(String[]::new));
        command.addAll(argv);
        return command;
    }

    private static String load(String file) {
        try (InputStream in = NodeScript.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("script " + file + " is missing from the build");
            }
            return compact(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
