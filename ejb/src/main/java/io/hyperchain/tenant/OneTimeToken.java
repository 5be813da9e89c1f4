package io.hyperchain.tenant;

import io.hyperchain.shared.Sha256;
import io.hyperchain.shared.DomainException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secret of a one-time link, as it travels in the mail: 32 random bytes, URL-safe Base64
 * without padding (43 characters). Only its {@link #hash()} is stored, so the token table opens no
 * account; a hash is enough to find the row because the secret is random, not guessable.
 */
public record OneTimeToken(String value) {

    static final int BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public OneTimeToken {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw invalid();
        }
    }

    /** A fresh token from the system's strong random source. */
    public static OneTimeToken random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new OneTimeToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token as a link carries it; anything else (missing, cut short, padded) is 400 {@code token.invalid}. */
    public static OneTimeToken parse(String text) {
        return new OneTimeToken(text == null ? null : text.strip());
    }

    /** What the database keeps: SHA-256 of the token, 64 lower-case hex digits. */
    public String hash() {
        return Sha256.hex(value);
    }

    /** The same refusal for a token that is malformed and one that was never issued: neither says more. */
    static DomainException invalid() {
        return DomainException.invalid("token", "token.invalid",
                "This link is not valid. Copy the whole link from the mail, or ask for a new one.");
    }

    /** Never the secret itself in logs or messages. */
    @Override
    public String toString() {
        return "OneTimeToken[" + value.substring(0, 4) + "…]";
    }
}
