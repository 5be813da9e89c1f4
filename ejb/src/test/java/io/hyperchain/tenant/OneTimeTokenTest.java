package io.hyperchain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import java.util.HashSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OneTimeTokenTest {

    @Test
    void aRandomTokenIs43UrlSafeCharacters() {
        var token = OneTimeToken.random();
        assertTrue(token.value().matches("[A-Za-z0-9_-]{43}"), token.value());
    }

    @Test
    void randomTokensDiffer() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(OneTimeToken.random().value()));
        }
    }

    @Test
    void theHashIsSha256InLowerCaseHex() {
        // SHA-256 of 43 'A's, as sha256sum computes it
        var token = new OneTimeToken("A".repeat(43));
        assertEquals("0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a", token.hash());
        assertEquals(token.hash(), new OneTimeToken("A".repeat(43)).hash(), "the same token, the same hash");
        assertNotEquals(token.hash(), new OneTimeToken("A".repeat(42) + "B").hash());
    }

    @Test
    void aTokenFromALinkMayCarrySurroundingSpaces() {
        var token = OneTimeToken.random();
        assertEquals(token, OneTimeToken.parse("  " + token.value() + "\n"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"short", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/"})
    void anythingElseIsAnInvalidLink(String text) {
        var e = assertThrows(DomainException.class, () -> OneTimeToken.parse(text));
        assertEquals(Problem.INVALID, e.problem());
        assertEquals("token.invalid", e.code());
    }

    @Test
    void itsTextNeverShowsTheSecret() {
        var token = OneTimeToken.random();
        assertFalse(token.toString().contains(token.value()));
    }
}
