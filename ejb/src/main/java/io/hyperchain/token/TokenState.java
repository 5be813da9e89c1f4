package io.hyperchain.token;

/** Where a token is in its life; only an ACTIVE one lets a script in. */
public enum TokenState {
    ACTIVE,
    EXPIRED,
    REVOKED
}
