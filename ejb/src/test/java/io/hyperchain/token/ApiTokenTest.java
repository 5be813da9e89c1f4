package io.hyperchain.token;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-12-01T09:00:00Z");

    private static ApiToken issued(TokenScope scope, int days) {
        return ApiToken.issue(7, new TokenName("backup"), scope, new TokenLifetime(days), TokenSecret.generate(new Random(9)), ISSUED);
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void aNewTokenKeepsTheHashAndPrefixOfItsSecretNeverTheSecret() {
        var secret = TokenSecret.generate(new Random(9));
        var token = issued(TokenScope.READ, 30);
        assertEquals(7, token.userAccountId());
        assertEquals("backup", token.name());
        assertEquals(secret.prefix(), token.prefix());
        assertEquals(TokenScope.READ, token.scope());
        assertEquals(ISSUED, token.createdAt());
        assertNull(token.lastUsedAt());
        assertNull(token.revokedAt());
    }

    @Test
    void aTokenExpiresAfterItsLifetime() {
        var token = issued(TokenScope.READ_WRITE, 90);
        assertEquals(ISSUED.plus(Duration.ofDays(90)), token.expiresAt());
        assertTrue(token.usable(token.expiresAt().minusMillis(1)));
        assertFalse(token.usable(token.expiresAt()), "the expiry itself is too late");
        assertEquals(TokenState.EXPIRED, token.state(token.expiresAt()));
        assertEquals(TokenState.ACTIVE, token.state(ISSUED));
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() {
        var token = issued(TokenScope.READ, 365);
        Instant later = ISSUED.plus(Duration.ofDays(3));
        token.revoke(at(later));
        assertEquals(later, token.revokedAt());
        assertFalse(token.usable(later));
        assertEquals(TokenState.REVOKED, token.state(later));
    }

    @Test
    void revokingTwiceKeepsTheFirstMoment() {
        var token = issued(TokenScope.READ, 30);
        token.revoke(at(ISSUED.plusSeconds(60)));
        token.revoke(at(ISSUED.plusSeconds(120)));
        assertEquals(ISSUED.plusSeconds(60), token.revokedAt());
    }

    @Test
    void aRevokedTokenReadsRevokedEvenAfterItsExpiry() {
        var token = issued(TokenScope.READ, 30);
        token.revoke(at(ISSUED.plusSeconds(1)));
        assertEquals(TokenState.REVOKED, token.state(ISSUED.plus(Duration.ofDays(400))));
    }

    @Test
    void aTokenBelongsToAUser() {
        assertThrows(IllegalArgumentException.class, () -> ApiToken.issue(0, new TokenName("x"), TokenScope.READ,
                new TokenLifetime(30), TokenSecret.generate(new Random(1)), ISSUED));
    }

    @Test
    void aUseIsRecordedAtMostOnceAMinute() {
        assertTrue(ApiToken.useWorthRecording(null, ISSUED), "the first use");
        assertFalse(ApiToken.useWorthRecording(ISSUED, ISSUED.plusSeconds(59)));
        assertTrue(ApiToken.useWorthRecording(ISSUED, ISSUED.plusSeconds(60)));
        assertTrue(issued(TokenScope.READ, 30).useWorthRecording(ISSUED), "a token never used");
        assertEquals(ISSUED.minusSeconds(60), ApiToken.staleUseBound(ISSUED));
    }

    @Test
    void aUserHoldsAtMostTwentyLiveTokens() {
        assertDoesNotThrow(() -> ApiToken.requireRoomBeside(ApiToken.MAX_LIVE - 1));
        var refused = assertThrows(DomainException.class, () -> ApiToken.requireRoomBeside(ApiToken.MAX_LIVE));
        assertEquals("token.tooMany", refused.code());
        assertEquals(Problem.CONFLICT, refused.problem());
        assertEquals(20, ApiToken.MAX_LIVE);
    }
}
