package io.hyperchain.tenant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StoredPasswordHashTest {

    private static final String STORED = "PBKDF2WithHmacSHA256:100000:6Ti+msMxFwDDtIx9qpAG3D0/ZGh+13XIU9nZj72AxgU=:"
            + "h7SLZexMEDifFK5yblyclAFUegaZFrTS4DlILnmeANI=";

    @Test
    void storedFormatRoundTrips() {
        assertEquals(STORED, StoredPasswordHash.parse(STORED).encoded());
    }

    @Test
    void partsAreReadFromTheStoredText() {
        var hash = StoredPasswordHash.parse(STORED);
        assertEquals("PBKDF2WithHmacSHA256", hash.algorithm());
        assertEquals(100_000, hash.iterations());
        assertEquals(32, hash.salt().length);
        assertEquals(32, hash.key().length);
    }

    @Test
    void builtHashRoundTripsThroughItsText() {
        byte[] salt = {1, 2, 3};
        byte[] key = {4, 5, 6, 7};
        var again = StoredPasswordHash.parse(new StoredPasswordHash("PBKDF2WithHmacSHA512", 7, salt, key).encoded());
        assertEquals("PBKDF2WithHmacSHA512", again.algorithm());
        assertEquals(7, again.iterations());
        assertArrayEquals(salt, again.salt());
        assertArrayEquals(key, again.key());
    }

    @Test
    void hashOfTheWantedCostIsNotWeaker() {
        var hash = new StoredPasswordHash("PBKDF2WithHmacSHA256", 600_000, new byte[32], new byte[32]);
        assertFalse(hash.weakerThan("PBKDF2WithHmacSHA256", 600_000, 32, 32));
        assertFalse(new StoredPasswordHash("PBKDF2WithHmacSHA256", 1_000_000, new byte[32], new byte[32])
                .weakerThan("PBKDF2WithHmacSHA256", 600_000, 32, 32));
    }

    @Test
    void hashWithFewerRoundsIsWeaker() {
        assertTrue(StoredPasswordHash.parse(STORED).weakerThan("PBKDF2WithHmacSHA256", 600_000, 32, 32));
    }

    @Test
    void hashOfAnotherAlgorithmIsWeaker() {
        var hash = new StoredPasswordHash("PBKDF2WithHmacSHA512", 600_000, new byte[32], new byte[32]);
        assertTrue(hash.weakerThan("PBKDF2WithHmacSHA256", 600_000, 32, 32));
    }

    @Test
    void hashWithAShorterSaltOrKeyIsWeaker() {
        assertTrue(new StoredPasswordHash("PBKDF2WithHmacSHA256", 600_000, new byte[16], new byte[32])
                .weakerThan("PBKDF2WithHmacSHA256", 600_000, 32, 32));
        assertTrue(new StoredPasswordHash("PBKDF2WithHmacSHA256", 600_000, new byte[32], new byte[16])
                .weakerThan("PBKDF2WithHmacSHA256", 600_000, 32, 32));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "plain text",
            "PBKDF2WithHmacSHA256:100000:c2FsdA==",
            "PBKDF2WithHmacSHA256:lots:c2FsdA==:a2V5",
            "PBKDF2WithHmacSHA256:0:c2FsdA==:a2V5",
            "PBKDF2WithHmacMD5:100000:c2FsdA==:a2V5",
            "PBKDF2WithHmacSHA256:100000:not base64!:a2V5",
            "PBKDF2WithHmacSHA256:100000::a2V5",
            "PBKDF2WithHmacSHA256:100000:c2FsdA==:a2V5:extra"})
    void malformedTextIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> StoredPasswordHash.parse(text));
    }

    @Test
    void toStringKeepsTheSaltAndKeyOut() {
        assertFalse(StoredPasswordHash.parse(STORED).toString().contains("6Ti+"));
    }
}
