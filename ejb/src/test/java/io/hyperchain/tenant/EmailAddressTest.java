package io.hyperchain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    private static DomainException rejected(String input) {
        return assertThrows(DomainException.class, () -> new EmailAddress(input));
    }

    private static void assertInvalid(String code, DomainException e) {
        assertEquals(Problem.INVALID, e.problem());
        assertEquals(code, e.code());
        assertEquals("email", e.field());
    }

    @Test
    void surroundingWhitespaceIsStrippedAndUppercaseIsFolded() {
        var email = new EmailAddress("  Alice.Smith@Example.COM \t");
        assertEquals("alice.smith@example.com", email.value());
        assertEquals("alice.smith@example.com", email.toString());
    }

    @Test
    void addressesThatDifferOnlyInCaseAreEqual() {
        assertEquals(new EmailAddress("bob@example.org"), new EmailAddress("BOB@Example.org"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void nothingIsMissing(String input) {
        assertInvalid("email.missing", rejected(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "alice", "alice@", "@example.com", "alice@example", "alice@@example.com", "a@b@example.com",
        "alice@.example.com", "alice@example..com", "alice@example.com.", "al ice@example.com",
        "alice@exa mple.com"
    })
    void malformedAddressIsInvalid(String input) {
        assertInvalid("email.invalid", rejected(input));
    }

    @Test
    void invalidMessageShowsTheNormalisedInput() {
        assertEquals("This is not an e-mail address: alice", rejected("  ALICE ").getMessage());
    }

    @Test
    void twoHundredFiftyFourCharactersAreAccepted() {
        String address = "a".repeat(EmailAddress.MAX_LENGTH - "@example.com".length()) + "@example.com";
        assertEquals(254, address.length());
        assertEquals(address, new EmailAddress(address).value());
    }

    @Test
    void twoHundredFiftyFiveCharactersAreTooLong() {
        String address = "a".repeat(EmailAddress.MAX_LENGTH + 1 - "@example.com".length()) + "@example.com";
        assertInvalid("email.tooLong", rejected(address));
    }

    @Test
    void lengthIsMeasuredAfterStripping() {
        String address = "a".repeat(EmailAddress.MAX_LENGTH - "@example.com".length()) + "@example.com";
        assertEquals(address, new EmailAddress("   " + address + "   ").value());
    }
}
