package io.hyperchain.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NodeNameTest {

    private static void assertInvalid(String code, String input) {
        var e = assertThrows(DomainException.class, () -> new NodeName(input));
        assertEquals(Problem.INVALID, e.problem());
        assertEquals(code, e.code());
        assertEquals("name", e.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "7", "node-1", "eu-west-2a", "a--b", "0node9"})
    void lowerCaseLettersDigitsAndInnerHyphensAreAccepted(String input) {
        assertEquals(input, new NodeName(input).value());
    }

    @Test
    void surroundingWhitespaceIsStripped() {
        var name = new NodeName("  node-1\t");
        assertEquals("node-1", name.value());
        assertEquals("node-1", name.toString());
    }

    @Test
    void upperCaseIsRejectedNotFolded() {
        assertInvalid("name.invalid", "Node-1");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void nothingIsMissing(String input) {
        assertInvalid("name.missing", input);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-node", "node-", "-", "no_de", "no.de", "no de", "nöde"})
    void outerHyphensAndOtherCharactersAreRejected(String input) {
        assertInvalid("name.invalid", input);
    }

    @Test
    void sixtyFourCharactersAreAccepted() {
        String name = "a".repeat(64);
        assertEquals(name, new NodeName(name).value());
    }

    @Test
    void sixtyFiveCharactersAreRejected() {
        assertInvalid("name.invalid", "a".repeat(65));
    }
}
