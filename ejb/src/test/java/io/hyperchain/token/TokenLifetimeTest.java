package io.hyperchain.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.shared.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenLifetimeTest {

    @ParameterizedTest
    @ValueSource(ints = {30, 90, 365})
    void aTokenLivesThirtyNinetyOrThreeHundredSixtyFiveDays(int days) {
        var from = Instant.parse("2026-12-01T00:00:00Z");
        assertEquals(from.plusSeconds(days * 86_400L), new TokenLifetime(days).expiresAt(from));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -30, 1, 31, 366, 36_500})
    void anyOtherLifetimeIsRefused(int days) {
        var refused = assertThrows(DomainException.class, () -> new TokenLifetime(days));
        assertEquals("token.expiry", refused.code());
        assertEquals("expiresInDays", refused.field());
    }

    @Test
    void theChoicesAreOfferedShortestFirst() {
        assertEquals(java.util.List.of(30, 90, 365), TokenLifetime.CHOICES);
    }
}
