package io.hyperchain.token;

import java.io.Serializable;
import java.time.Instant;

/** A token as its user's list shows it: never the secret, only the prefix ({@code hc_ab12cd34…}). */
public record TokenView(long id, String name, String shownPrefix, TokenScope scope, Instant createdAt, Instant expiresAt,
                        Instant lastUsedAt, Instant revokedAt, TokenState state) implements Serializable {

    static TokenView of(ApiToken token, Instant now) {
        return new TokenView(token.id(), token.name(), TokenSecret.shown(token.prefix()), token.scope(), token.createdAt(),
                token.expiresAt(), token.lastUsedAt(), token.revokedAt(), token.state(now));
    }

    public boolean active() {
        return state == TokenState.ACTIVE;
    }
}
