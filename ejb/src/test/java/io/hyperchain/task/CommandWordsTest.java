package io.hyperchain.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A command line as a person types it, split into the words a task runs, and joined again. */
class CommandWordsTest {

    private static List<String> split(String line) {
        return CommandWords.split(line);
    }

    @Test
    void blanksTabsAndLineBreaksSeparateWordsHoweverManyThereAre() {
        assertEquals(List.of("ls", "-l", "/tmp", "x"), split("  ls \t -l\n/tmp\r\nx  "));
    }

    @Test
    void aLineOfNothingButBlanksHasNoWords() {
        assertEquals(List.of(), split(""));
        assertEquals(List.of(), split(" \t \n "));
    }

    @Test
    void singleQuotesKeepEverythingUpToTheNextSingleQuote() {
        assertEquals(List.of("echo", "a  \"b\" \\n $x \\"), split("echo 'a  \"b\" \\n $x \\'"));
    }

    @Test
    void doubleQuotesKeepEverythingButABackslashBeforeADoubleQuoteOrABackslash() {
        assertEquals(List.of("say \"hi\" c:\\dir", "\\n 'x' $y"), split("\"say \\\"hi\\\" c:\\\\dir\" \"\\n 'x' $y\""));
    }

    @Test
    void aBackslashOutsideQuotesKeepsTheCharacterAfterIt() {
        assertEquals(List.of("a b", "it's", "\\", "\"", "n"), split("a\\ b it\\'s \\\\ \\\" \\n"));
    }

    @Test
    void anEmptyQuotedWordIsKeptAsAnEmptyWord() {
        assertEquals(List.of("printf", "%s|", "", "", "x"), split("printf '%s|' '' \"\" x"));
    }

    @Test
    void quotedAndBarePartsSideBySideMakeOneWord() {
        assertEquals(List.of("prefixmidpost", "x", "a b"), split("pre'fix'\"mid\"post ''x a' 'b"));
    }

    @Test
    void variablesGlobsPipesAndRedirectionsAreOrdinaryCharacters() {
        assertEquals(List.of("echo", "$HOME", "*.txt", "a|b", "c;d", ">out", "$(id)", "`id`", "&"),
                split("echo $HOME *.txt a|b c;d >out $(id) `id` &"));
    }

    @Test
    void anUnclosedSingleQuoteFailsSayingSo() {
        var e = assertThrows(IllegalArgumentException.class, () -> split("echo 'it"));
        assertEquals("a single quote is not closed", e.getMessage());
    }

    @Test
    void anUnclosedDoubleQuoteFailsSayingSo() {
        var e = assertThrows(IllegalArgumentException.class, () -> split("echo \"it"));
        assertEquals("a double quote is not closed", e.getMessage());
        // an escaped quote does not close it either
        assertThrows(IllegalArgumentException.class, () -> split("echo \"it\\\""));
    }

    @Test
    void aBackslashAtTheEndOfTheLineFailsSayingSo() {
        var e = assertThrows(IllegalArgumentException.class, () -> split("echo it\\"));
        assertEquals("a backslash ends the line", e.getMessage());
    }

    @Test
    void plainWordsAreJoinedBare() {
        assertEquals("ls -l /tmp $HOME *.txt", CommandWords.join(List.of("ls", "-l", "/tmp", "$HOME", "*.txt")));
    }

    @Test
    void wordsWithBlanksQuotesOrBackslashesAreJoinedInSingleQuotes() {
        assertEquals("'a b' '' 'it'\\''s' 'c:\\dir' '\"q\"'", CommandWords.join(List.of("a b", "", "it's", "c:\\dir", "\"q\"")));
    }

    @Test
    void awkwardWordsComeBackThroughJoinAndSplitAsTheyWere() {
        var words = List.of("sh", "-c", "echo 'hi there'; exit 3", "", "a b", "tab\there", "new\nline", "cr\rx", "it's",
                "'", "''", "\"", "\\", "\\\\", "c:\\dir\\", "a'b\"c\\d", "$HOME", "*", ";", "가나다", "émoji 🙂", " ", "-");
        assertEquals(words, split(CommandWords.join(words)));
    }

    @Test
    void anyWordsComeBackThroughJoinAndSplitAsTheyWere() {
        var random = new Random(15);
        String alphabet = "ab \t\n\r'\"\\$*;|&()`~#=가🙂";
        int[] points = alphabet.codePoints().toArray();
        for (int round = 0; round < 2_000; round++) {
            var words = new ArrayList<String>();
            for (int w = random.nextInt(6); w >= 0; w--) {
                var word = new StringBuilder();
                for (int c = random.nextInt(8); c > 0; c--) {
                    word.appendCodePoint(points[random.nextInt(points.length)]);
                }
                words.add(word.toString());
            }
            String line = CommandWords.join(words);
            assertEquals(words, split(line), () -> "through " + line);
        }
    }
}
