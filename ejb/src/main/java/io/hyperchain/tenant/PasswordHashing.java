package io.hyperchain.tenant;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * PBKDF2 hashes through Jakarta Security's own {@link Pbkdf2PasswordHash}, with the same
 * parameters the database identity store verifies with (the stored hash carries them too).
 */
@ApplicationScoped
public class PasswordHashing {

    /** Shared with the identity store definition so sign-up and login agree. */
    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=100000";
    public static final String SALT_BYTES = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_BYTES = "Pbkdf2PasswordHash.KeySizeBytes=32";

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void init() {
        hash.initialize(Stream.of(ALGORITHM, ITERATIONS, SALT_BYTES, KEY_BYTES)
                .map(parameter -> parameter.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1])));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

}
