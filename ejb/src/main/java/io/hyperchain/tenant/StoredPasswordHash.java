package io.hyperchain.tenant;

import java.util.Base64;
import java.util.Set;

/**
 * A password hash as stored in {@code user_account.password_hash}, in the format Jakarta
 * Security's Pbkdf2PasswordHash writes: {@code algorithm:iterations:base64(salt):base64(key)}. The
 * text carries its own cost, so the identity store verifies old hashes with the rounds they were
 * made with; this class only reads that cost, the hashing itself stays with Jakarta Security.
 */
public final class StoredPasswordHash {

    /** The algorithms Jakarta Security's Pbkdf2PasswordHash accepts; anything else is not ours. */
    static final Set<String> ALGORITHMS = Set.of(
            "PBKDF2WithHmacSHA224", "PBKDF2WithHmacSHA256", "PBKDF2WithHmacSHA384", "PBKDF2WithHmacSHA512");

    private final String algorithm;
    private final int iterations;
    private final byte[] salt;
    private final byte[] key;

    StoredPasswordHash(String algorithm, int iterations, byte[] salt, byte[] key) {
        if (!ALGORITHMS.contains(algorithm) || iterations < 1 || salt.length == 0 || key.length == 0) {
            throw new IllegalArgumentException("not a PBKDF2 password hash");
        }
        this.algorithm = algorithm;
        this.iterations = iterations;
        this.salt = salt.clone();
        this.key = key.clone();
    }

    /** Reads the stored text; an IllegalArgumentException when it is not in the format above. */
    public static StoredPasswordHash parse(String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.split(":", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a PBKDF2 password hash");
        }
        try {
            return new StoredPasswordHash(parts[0], Integer.parseInt(parts[1]),
                    Base64.getDecoder().decode(parts[2]), Base64.getDecoder().decode(parts[3]));
        } catch (IllegalArgumentException e) {
            // a bad number or bad Base64: say the same as for any other malformed hash
            throw new IllegalArgumentException("not a PBKDF2 password hash", e);
        }
    }

    public String encoded() {
        return algorithm + ":" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);
    }

    public String algorithm() {
        return algorithm;
    }

    public int iterations() {
        return iterations;
    }

    byte[] salt() {
        return salt.clone();
    }

    byte[] key() {
        return key.clone();
    }

    /** Made with another algorithm, fewer rounds, or a shorter salt or key than asked for. */
    public boolean weakerThan(String wantedAlgorithm, int wantedIterations, int wantedSaltBytes, int wantedKeyBytes) {
        return !algorithm.equals(wantedAlgorithm) || iterations < wantedIterations
                || salt.length < wantedSaltBytes || key.length < wantedKeyBytes;
    }

    /** The hash itself is a secret worth not logging. */
    @Override
    public String toString() {
        return algorithm + ":" + iterations + ":…";
    }
}
