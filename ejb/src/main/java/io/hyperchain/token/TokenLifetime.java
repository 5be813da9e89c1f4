package io.hyperchain.token;

import io.hyperchain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** How long a token lives: 30, 90 or 365 days. Every token expires; none lives for ever. */
public record TokenLifetime(int days) {

    /** The lifetimes offered, shortest first. */
    public static final List<Integer> CHOICES = List.of(30, 90, 365);

    public TokenLifetime {
        if (!CHOICES.contains(days)) {
            throw DomainException.invalid("expiresInDays", "token.expiry", "A token expires in 30, 90 or 365 days.");
        }
    }

    public Instant expiresAt(Instant issued) {
        return issued.plus(Duration.ofDays(days));
    }
}
