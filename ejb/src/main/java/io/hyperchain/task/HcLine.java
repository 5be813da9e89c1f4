package io.hyperchain.task;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * One request of {@code hc} as its relay hands it over: "ID WORD..." where each word is "x" and the
 * word in base64 (so an empty word survives and none holds a blank), and the answer the relay turns
 * into the file hc waits for. The line comes from the tenant's container: anything garbled is dropped.
 */
public record HcLine(String id, List<String> words) {

    /** Longer lines are no hc's (it refuses over 4000 characters). */
    static final int MAX_LENGTH = 8192;

    public static Optional<HcLine> parse(String line) {
        if (line.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = line.strip().split(" ");
        if (parts.length == 0 || !parts[0].matches("[0-9]{1,40}")) {
            return Optional.empty();
        }
        var words = new ArrayList<String>();
        for (int i = 1; i < parts.length; i++) {
            try {
                String word = new String(Base64.getDecoder().decode(parts[i]), StandardCharsets.UTF_8);
                if (!word.startsWith("x")) {
                    return Optional.empty();
                }
                words.add(word.substring(1));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new HcLine(parts[0], List.copyOf(words)));
    }

    /** The line the relay reads on its stdin: the id, then the exit code and the text in base64. */
    public String answer(HcCommand.Answer answer) {
        String body = answer.code() + "\n" + answer.text();
        return id + " " + Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) + "\n";
    }
}
