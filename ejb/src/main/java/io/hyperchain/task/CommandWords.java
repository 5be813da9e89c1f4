package io.hyperchain.task;

import java.util.ArrayList;
import java.util.List;

/**
 * A command line as a person types it, split into the argument vector a task runs: words are
 * separated by blanks; single quotes keep everything up to the next one, double quotes keep all but
 * a backslash before {@code "} or {@code \}, and a backslash outside quotes keeps the next
 * character. Nothing else is special: no variables, globs, pipes or redirections, since no shell
 * ever sees the words (to have one, run {@code sh -c '...'} as the command).
 */
public final class CommandWords {

    private CommandWords() {
    }

    /** The words; fails with a message for an unclosed quote or a trailing backslash. */
    public static List<String> split(String line) {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("a single quote is not closed");
                }
                word.append(line, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i++;
                boolean closed = false;
                while (i < line.length()) {
                    char d = line.charAt(i);
                    if (d == '"') {
                        closed = true;
                        i++;
                        break;
                    }
                    if (d == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                        word.append(line.charAt(i + 1));
                        i += 2;
                    } else {
                        word.append(d);
                        i++;
                    }
                }
                if (!closed) {
                    throw new IllegalArgumentException("a double quote is not closed");
                }
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 >= line.length()) {
                    throw new IllegalArgumentException("a backslash ends the line");
                }
                word.append(line.charAt(i + 1));
                inWord = true;
                i += 2;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return List.copyOf(words);
    }

    /** The words as a person would type them again: quoted where a blank or a quote needs it. */
    public static String join(List<String> words) {
        var line = new StringBuilder();
        for (String word : words) {
            if (line.length() > 0) {
                line.append(' ');
            }
            if (!word.isEmpty() && word.chars().noneMatch(ch -> " \t\n\r'\"\\".indexOf(ch) >= 0)) {
                line.append(word);
            } else {
                line.append('\'').append(word.replace("'", "'\\''")).append('\'');
            }
        }
        return line.toString();
    }
}
