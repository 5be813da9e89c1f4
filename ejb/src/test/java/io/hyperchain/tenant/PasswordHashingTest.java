package io.hyperchain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With the Pbkdf2PasswordHash Payara ships, as the container injects it. */
class PasswordHashingTest {

    private static final String PASSWORD = "correct horse battery";
    /** Written by that Pbkdf2PasswordHash at the old cost (100,000 rounds), as user_account held it before. */
    static final String OLD_HASH = "PBKDF2WithHmacSHA256:100000:6Ti+msMxFwDDtIx9qpAG3D0/ZGh+13XIU9nZj72AxgU=:"
            + "h7SLZexMEDifFK5yblyclAFUegaZFrTS4DlILnmeANI=";

    private final PasswordHashing hashing = new PasswordHashing();

    @BeforeEach
    void inject() {
        hashing.hash = new Pbkdf2PasswordHashImpl();
        hashing.init();
    }

    @Test
    void newHashesUse600000RoundsOfPbkdf2HmacSha256() {
        var hash = StoredPasswordHash.parse(hashing.hash(PASSWORD));
        assertEquals("PBKDF2WithHmacSHA256", hash.algorithm());
        assertEquals(600_000, hash.iterations());
        assertEquals(32, hash.salt().length);
        assertEquals(32, hash.key().length);
    }

    @Test
    void newHashVerifiesAndNeedsNoRehash() {
        String hash = hashing.hash(PASSWORD);
        assertTrue(hashing.verify(PASSWORD, hash));
        assertFalse(hashing.verify("wrong password!", hash));
        assertFalse(hashing.needsRehash(hash));
    }

    @Test
    void oldHashStillVerifiesAndNeedsRehash() {
        assertTrue(hashing.verify(PASSWORD, OLD_HASH));
        assertFalse(hashing.verify("wrong password!", OLD_HASH));
        assertTrue(hashing.needsRehash(OLD_HASH));
    }

    @Test
    void everyHashHasItsOwnSalt() {
        assertNotEquals(hashing.hash(PASSWORD), hashing.hash(PASSWORD));
    }

    @Test
    void malformedStoredHashNeitherVerifiesNorAsksForRehash() {
        assertFalse(hashing.verify(PASSWORD, "plain text"));
        assertFalse(hashing.needsRehash("plain text"));
        assertFalse(hashing.needsRehash(null));
    }
}
