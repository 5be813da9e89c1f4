package io.hyperchain.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class HcLineTest {

    /** A word as hc.sh sends it: "x" and the word, in base64. */
    private static String word(String text) {
        return Base64.getEncoder().encodeToString(("x" + text).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void wordsComeBackExactlyEmptyOnesAndBlanksAndUnicodeIncluded() {
        var line = HcLine.parse("17123 " + word("run") + " " + word("") + " " + word("a b") + " " + word("한글 $HOME;*"))
                .orElseThrow();
        assertEquals("17123", line.id());
        assertEquals(List.of("run", "", "a b", "한글 $HOME;*"), line.words());
    }

    @Test
    void garbledLinesAreDropped() {
        assertTrue(HcLine.parse("").isEmpty());
        assertTrue(HcLine.parse("abc " + word("ps")).isEmpty(), "an id is digits");
        assertTrue(HcLine.parse("1 not-base64!").isEmpty());
        assertTrue(HcLine.parse("1 " + Base64.getEncoder().encodeToString("ps".getBytes(StandardCharsets.UTF_8))).isEmpty(),
                "a word without its x");
        assertTrue(HcLine.parse("1 " + "A".repeat(HcLine.MAX_LENGTH)).isEmpty(), "longer than hc ever writes");
    }

    @Test
    void theAnswerIsTheIdThenTheCodeAndTextInBase64() {
        String answer = new HcLine("42", List.of("ps")).answer(new HcCommand.Answer(3, "no\n"));
        assertTrue(answer.startsWith("42 ") && answer.endsWith("\n"), answer);
        assertEquals("3\nno\n", new String(Base64.getDecoder().decode(answer.substring(3).strip()), StandardCharsets.UTF_8));
    }
}
