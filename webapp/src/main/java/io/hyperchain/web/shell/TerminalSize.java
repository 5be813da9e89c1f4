package io.hyperchain.web.shell;

import java.util.Optional;

/**
 * The browser terminal's size in character cells. Bounded, so a page cannot ask the container's
 * terminal for something absurd: 10 to 500 columns, 5 to 200 rows.
 */
public record TerminalSize(int cols, int rows) {

    static final int MIN_COLS = 10;
    static final int MAX_COLS = 500;
    static final int MIN_ROWS = 5;
    static final int MAX_ROWS = 200;

    public TerminalSize {
        if (!fits(cols, rows)) {
            throw new IllegalArgumentException("a terminal has " + MIN_COLS + " to " + MAX_COLS + " columns and "
                    + MIN_ROWS + " to " + MAX_ROWS + " rows, not " + cols + " x " + rows);
        }
    }

    /** The size, or nothing when it is out of bounds. */
    public static Optional<TerminalSize> of(long cols, long rows) {
        return fits(cols, rows) ? Optional.of(new TerminalSize((int) cols, (int) rows)) : Optional.empty();
    }

    private static boolean fits(long cols, long rows) {
        return cols >= MIN_COLS && cols <= MAX_COLS && rows >= MIN_ROWS && rows <= MAX_ROWS;
    }
}
