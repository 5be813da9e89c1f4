package io.hyperchain.web.shell;

/**
 * What the browser's terminal says to the shell; {@link ShellMessageParser} reads it from the
 * socket's text frames.
 */
public sealed interface ShellMessage {

    /** Text typed or pasted into the terminal, for the shell's stdin. */
    record Input(String data) implements ShellMessage {
    }

    /** The terminal's new size. */
    record Resize(TerminalSize size) implements ShellMessage {
    }
}
