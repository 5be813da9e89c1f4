package io.hyperchain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class PasswordRuleTest {

    private static void assertInvalid(String code, String password) {
        var e = assertThrows(DomainException.class, () -> PasswordRule.check(password));
        assertEquals(Problem.INVALID, e.problem());
        assertEquals(code, e.code());
        assertEquals("password", e.field());
    }

    @Test
    void acceptedPasswordIsReturnedUnchanged() {
        String password = "correct horse battery";
        assertSame(password, PasswordRule.check(password));
    }

    @Test
    void surroundingSpacesAreNotTrimmed() {
        assertEquals("  secret pass  ", PasswordRule.check("  secret pass  "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nothingIsMissing(String password) {
        assertInvalid("password.missing", password);
    }

    @Test
    void nineCharactersAreTooShort() {
        assertInvalid("password.tooShort", "x".repeat(PasswordRule.MIN_LENGTH - 1));
    }

    @Test
    void tenCharactersAreEnough() {
        assertEquals("0123456789", PasswordRule.check("0123456789"));
    }

    @Test
    void oneHundredTwentyEightCharactersAreAccepted() {
        String password = "x".repeat(PasswordRule.MAX_LENGTH);
        assertEquals(password, PasswordRule.check(password));
    }

    @Test
    void oneHundredTwentyNineCharactersAreTooLong() {
        assertInvalid("password.tooLong", "x".repeat(PasswordRule.MAX_LENGTH + 1));
    }

    @Test
    void longEnoughButOnlyWhitespaceIsBlank() {
        assertInvalid("password.blank", " ".repeat(12));
        assertInvalid("password.blank", " \t \n".repeat(3));
    }

    @Test
    void shortWhitespaceIsTooShortRatherThanBlank() {
        assertInvalid("password.tooShort", "   ");
    }

    @Test
    void aFormsOwnFieldNameIsTheOneAtFault() {
        var e = assertThrows(DomainException.class, () -> PasswordRule.check("short", "newPassword"));
        assertEquals("password.tooShort", e.code());
        assertEquals("newPassword", e.field());
    }
}
