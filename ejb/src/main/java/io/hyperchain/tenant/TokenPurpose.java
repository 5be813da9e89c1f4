package io.hyperchain.tenant;

import java.time.Duration;

/** What a one-time link mailed to an account is for, and how long it stays good. */
public enum TokenPurpose {

    /** The link of the sign-up mail: proves the address belongs to whoever signed up. */
    VERIFY_EMAIL(Duration.ofHours(24)),
    /** The link of a forgotten password: sets a new one. Short-lived, since it is as good as the password. */
    RESET_PASSWORD(Duration.ofHours(1));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
