package io.hyperchain.web.ui;

import java.util.regex.Pattern;

/**
 * A program's output made fit for a page: what a terminal would act on (colours, cursor moves) is
 * dropped, and so is every other control character, since a page's ajax answer is XML and one stray
 * byte would make the browser refuse the whole update. Plain Java, so it is tested alone.
 */
final class TerminalText {

    /** An ANSI escape sequence: CSI ("ESC [" ... final byte), OSC ("ESC ]" ... BEL or "ESC \"), or ESC and one byte. */
    private static final Pattern ESCAPE = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?|\u001B[@-_]?");
    /** Controls other than tab and newline, DEL and the C1 range, and the two non-characters XML refuses. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF]");
    private static final String ELLIPSIS = "…";

    private TerminalText() {
    }

    /** The text without escape sequences or controls; a carriage return ends a line as a newline does. */
    static String plain(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        return CONTROL.matcher(ESCAPE.matcher(lines).replaceAll("")).replaceAll("");
    }

    /**
     * The last {@code count} lines that hold something (a program's output ends with a newline), at
     * most {@code maxChars} characters: the oldest part is cut, the newest is what a list shows.
     */
    static String lastLines(String text, int count, int maxChars) {
        String[] lines = plain(text).split("\n");
        var kept = new StringBuilder();
        int taken = 0;
        for (int i = lines.length - 1; i >= 0 && taken < count; i--) {
            if (lines[i].isBlank()) {
                continue;
            }
            kept.insert(0, taken == 0 ? lines[i] : lines[i] + "\n");
            taken++;
        }
        if (kept.length() <= maxChars) {
            return kept.toString();
        }
        int cut = kept.length() - (maxChars - ELLIPSIS.length());
        if (Character.isLowSurrogate(kept.charAt(cut))) {
            cut++; // never half a character
        }
        return ELLIPSIS + kept.substring(cut);
    }
}
