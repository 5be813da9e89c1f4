package io.hyperchain.tenant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-12-01T10:00:00Z");

    private static UserAccount account() {
        return UserAccount.tenantUser(new Tenant(new TenantName("Acme"), ISSUED), new EmailAddress("ops@acme.io"), "hash", ISSUED);
    }

    private static AccountToken token(TokenPurpose purpose) {
        return AccountToken.issue(account(), purpose, OneTimeToken.random(), ISSUED);
    }

    private static void assertGone(String code, Runnable action) {
        var e = assertThrows(DomainException.class, action::run);
        assertEquals(Problem.GONE, e.problem());
        assertEquals(code, e.code());
        assertEquals("token", e.field());
    }

    @Test
    void aVerificationLinkIsGoodFor24Hours() {
        assertEquals(ISSUED.plus(Duration.ofHours(24)), token(TokenPurpose.VERIFY_EMAIL).expiresAt());
    }

    @Test
    void aPasswordResetLinkIsGoodForOneHour() {
        assertEquals(ISSUED.plus(Duration.ofHours(1)), token(TokenPurpose.RESET_PASSWORD).expiresAt());
    }

    @Test
    void theStoredHashIsTheTokensSha256NotTheTokenItself() throws Exception {
        var secret = OneTimeToken.random();
        var issued = AccountToken.issue(account(), TokenPurpose.VERIFY_EMAIL, secret, ISSUED);
        var field = AccountToken.class.getDeclaredField("tokenHash");
        field.setAccessible(true);
        assertEquals(secret.hash(), field.get(issued));
        assertFalse(secret.hash().contains(secret.value()));
    }

    @Test
    void aLinkWorksOnceJustBeforeItExpires() {
        var link = token(TokenPurpose.RESET_PASSWORD);
        link.redeem(ISSUED.plus(Duration.ofHours(1)).minusMillis(1));
        assertTrue(link.isUsed());
    }

    @Test
    void aSecondUseIsRefusedAsUsed() {
        var link = token(TokenPurpose.VERIFY_EMAIL);
        link.redeem(ISSUED.plusSeconds(60));
        assertGone("token.used", () -> link.redeem(ISSUED.plusSeconds(61)));
        assertGone("token.used", () -> link.requireUsable(ISSUED.plusSeconds(61)));
    }

    @Test
    void atItsExpiryALinkIsExpired() {
        var link = token(TokenPurpose.RESET_PASSWORD);
        assertGone("token.expired", () -> link.redeem(ISSUED.plus(Duration.ofHours(1))));
        assertFalse(link.isUsed(), "a refused link is not used up");
    }

    @Test
    void aUsedLinkIsReportedAsUsedEvenAfterItsExpiry() {
        var link = token(TokenPurpose.RESET_PASSWORD);
        link.redeem(ISSUED.plusSeconds(1));
        assertGone("token.used", () -> link.redeem(ISSUED.plus(Duration.ofDays(2))));
    }

    @Test
    void checkingALinkDoesNotUseIt() {
        var link = token(TokenPurpose.RESET_PASSWORD);
        assertDoesNotThrow(() -> link.requireUsable(ISSUED.plusSeconds(10)));
        assertFalse(link.isUsed());
        link.redeem(ISSUED.plusSeconds(20));
    }

    @Test
    void aWithdrawnLinkCountsAsUsed() {
        var link = token(TokenPurpose.RESET_PASSWORD);
        link.withdraw(ISSUED.plusSeconds(5));
        assertGone("token.used", () -> link.redeem(ISSUED.plusSeconds(6)));
    }
}
