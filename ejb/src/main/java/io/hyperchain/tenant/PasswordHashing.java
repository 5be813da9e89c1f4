package io.hyperchain.tenant;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * PBKDF2 hashes through Jakarta Security's own {@link Pbkdf2PasswordHash}, with the same
 * parameters the database identity store verifies with. New hashes cost {@value #ITERATIONS}
 * rounds of PBKDF2-HMAC-SHA256 (OWASP's figure since 2023). The stored text carries its own cost
 * ({@link StoredPasswordHash}), so older, cheaper hashes still verify; {@link #needsRehash} tells
 * a successful login to replace them.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final String ALGORITHM_NAME = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 600_000;
    public static final int SALT_SIZE = 32;
    public static final int KEY_SIZE = 32;

    /** Shared with the identity store definition so sign-up and login agree (annotation values must be constants). */
    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=" + ALGORITHM_NAME;
    public static final String ITERATIONS_PARAMETER = "Pbkdf2PasswordHash.Iterations=" + ITERATIONS;
    public static final String SALT_BYTES = "Pbkdf2PasswordHash.SaltSizeBytes=" + SALT_SIZE;
    public static final String KEY_BYTES = "Pbkdf2PasswordHash.KeySizeBytes=" + KEY_SIZE;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void init() {
        hash.initialize(Stream.of(ALGORITHM, ITERATIONS_PARAMETER, SALT_BYTES, KEY_BYTES)
                .map(parameter -> parameter.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1])));
    }

    /** A new hash at today's cost, with a fresh salt. */
    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /** Whether the password matches the stored hash, at whatever cost that hash was made; false if malformed. */
    public boolean verify(String password, String stored) {
        try {
            return hash.verify(password.toCharArray(), stored);
        } catch (IllegalArgumentException e) {
            // not a hash in the stored format: nothing matches it
            return false;
        }
    }

    /** A hash made cheaper or weaker than today's should be replaced at the next successful login. */
    public boolean needsRehash(String stored) {
        StoredPasswordHash parsed;
        try {
            parsed = StoredPasswordHash.parse(stored);
        } catch (IllegalArgumentException e) {
            // not ours to judge: the identity store refuses it anyway, and a rehash needs a match first
            return false;
        }
        return parsed.weakerThan(ALGORITHM_NAME, ITERATIONS, SALT_SIZE, KEY_SIZE);
    }
}
