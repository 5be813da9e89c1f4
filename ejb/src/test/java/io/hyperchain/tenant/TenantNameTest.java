package io.hyperchain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantNameTest {

    private static void assertInvalid(String code, String input) {
        var e = assertThrows(DomainException.class, () -> new TenantName(input));
        assertEquals(Problem.INVALID, e.problem());
        assertEquals(code, e.code());
        assertEquals("tenantName", e.field());
    }

    @Test
    void surroundingWhitespaceIsStrippedAndInnerRunsCollapseToOneSpace() {
        var name = new TenantName("  Acme \t  Corp\n Ltd ");
        assertEquals("Acme Corp Ltd", name.value());
        assertEquals("Acme Corp Ltd", name.toString());
    }

    @Test
    void caseIsKept() {
        assertEquals("ACME corp", new TenantName("ACME corp").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme", "42", "AB", "Müller & Söhne", "Ōsaka Shōji", "Acme Inc.", "O'Brien_Co-op", "株式会社"})
    void lettersOfAnyScriptDigitsAndAllowedMarksAreAccepted(String input) {
        assertEquals(input, new TenantName(input).value());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "    ", "\t"})
    void nothingIsMissing(String input) {
        assertInvalid("tenantName.missing", input);
    }

    @Test
    void oneCharacterIsTooShort() {
        assertInvalid("tenantName.length", "A");
    }

    @Test
    void oneCharacterPaddedWithSpacesIsStillTooShort() {
        assertInvalid("tenantName.length", "  A  ");
    }

    @Test
    void sixtyFourCharactersAreAccepted() {
        String name = "A".repeat(TenantName.MAX_LENGTH);
        assertEquals(name, new TenantName(name).value());
    }

    @Test
    void sixtyFiveCharactersAreTooLong() {
        assertInvalid("tenantName.length", "A".repeat(TenantName.MAX_LENGTH + 1));
    }

    @Test
    void lengthIsMeasuredAfterCollapsingSpaces() {
        assertEquals("A B", new TenantName("A" + " ".repeat(100) + "B").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "-Acme", ".Acme", "'Acme", "&Co", "_Acme", "Acme<script>", "Acme/Corp", "Acme@Corp", "Acme!", "Acme;drop"
    })
    void otherCharactersOrAMarkFirstAreRejected(String input) {
        assertInvalid("tenantName.characters", input);
    }
}
