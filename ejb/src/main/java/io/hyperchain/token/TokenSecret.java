package io.hyperchain.token;

import io.hyperchain.shared.Sha256;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * What a script sends as {@code Authorization: Bearer hc_<prefix>_<secret>}: "hc_", a public prefix
 * of 8 hex digits (shown in lists, to tell tokens apart), "_", and 32 random bytes in base64url
 * (43 characters). The whole string is the secret; only its SHA-256 is stored.
 * <p>
 * A fast hash is right here, unlike for passwords: the random part has 256 bits of SecureRandom
 * entropy, so there is no dictionary to try and no brute force within reach, and a slow hash
 * (PBKDF2) would only cost every API request. The stored hash is looked up directly, so the
 * database finds the token without knowing the secret.
 */
public final class TokenSecret {

    static final String MARK = "hc_";
    static final int PREFIX_BYTES = 4;
    static final int SECRET_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("hc_([0-9a-f]{8})_[A-Za-z0-9_-]{43}");

    private final String value;
    private final String prefix;

    private TokenSecret(String value, String prefix) {
        this.value = value;
        this.prefix = prefix;
    }

    /** A new secret: {@code random} is a SecureRandom in the portal, a seeded one in tests. */
    public static TokenSecret generate(Random random) {
        byte[] prefixBytes = new byte[PREFIX_BYTES];
        byte[] secretBytes = new byte[SECRET_BYTES];
        random.nextBytes(prefixBytes);
        random.nextBytes(secretBytes);
        String prefix = HexFormat.of().formatHex(prefixBytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        return new TokenSecret(MARK + prefix + "_" + secret, prefix);
    }

    /** The secret a caller presented, if it has our shape; anything else is no token of ours. */
    public static Optional<TokenSecret> parse(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        var match = FORMAT.matcher(presented);
        return match.matches() ? Optional.of(new TokenSecret(presented, match.group(1))) : Optional.empty();
    }

    /** How a list shows a token whose secret is gone: {@code hc_ab12cd34…}. */
    public static String shown(String prefix) {
        return MARK + prefix + "…";
    }

    /** The whole secret, to hand out once. */
    public String value() {
        return value;
    }

    /** The public 8 hex digits after "hc_". */
    public String prefix() {
        return prefix;
    }

    /** SHA-256 of the whole secret, 64 lower-case hex digits: what the database keeps. */
    public String hash() {
        return Sha256.hex(value);
    }

    /** Never the secret itself, so a log line cannot leak it. */
    @Override
    public String toString() {
        return shown(prefix);
    }
}
