package io.hyperchain.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenSecretTest {

    private static TokenSecret seeded(long seed) {
        return TokenSecret.generate(new Random(seed));
    }

    @Test
    void aSecretIsHcThenAnEightHexPrefixThen43Base64UrlCharacters() {
        var secret = seeded(1);
        assertTrue(secret.value().matches("hc_[0-9a-f]{8}_[A-Za-z0-9_-]{43}"), secret.value());
        assertEquals(secret.value().substring(3, 11), secret.prefix());
    }

    @Test
    void theRandomPartCarries256Bits() {
        // 43 base64url characters without padding are 258 bits, of which the 32 bytes fill 256
        String random = seeded(2).value().substring(12);
        assertEquals(32, java.util.Base64.getUrlDecoder().decode(random).length);
    }

    @Test
    void theHashIsTheSha256OfTheWholeSecretInHex() throws Exception {
        var secret = seeded(3);
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(secret.value().getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, secret.hash());
        assertEquals(64, secret.hash().length());
    }

    @Test
    void twoSecretsDiffer() {
        var random = new Random(4);
        var one = TokenSecret.generate(random);
        var two = TokenSecret.generate(random);
        assertNotEquals(one.value(), two.value());
        assertNotEquals(one.hash(), two.hash());
    }

    @Test
    void aPresentedSecretParsesBackToTheSameHashAndPrefix() {
        var secret = seeded(5);
        var parsed = TokenSecret.parse(secret.value()).orElseThrow();
        assertEquals(secret.hash(), parsed.hash());
        assertEquals(secret.prefix(), parsed.prefix());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"hc_", "hc_ab12cd34", "hc_ab12cd34_short", "xx_ab12cd34_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "hc_AB12CD34_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "hc_ab12cd34_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            " hc_ab12cd34_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void anythingElseIsNoTokenOfOurs(String presented) {
        assertFalse(TokenSecret.parse(presented).isPresent());
    }

    @Test
    void aListShowsOnlyThePrefix() {
        assertEquals("hc_ab12cd34…", TokenSecret.shown("ab12cd34"));
    }

    @Test
    void printingASecretNeverShowsIt() {
        var secret = seeded(6);
        assertEquals(TokenSecret.shown(secret.prefix()), secret.toString());
        assertFalse(secret.toString().contains(secret.value().substring(12)));
    }
}
