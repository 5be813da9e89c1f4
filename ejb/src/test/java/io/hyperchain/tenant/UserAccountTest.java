package io.hyperchain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UserAccountTest {

    private static final Instant AT = Instant.parse("2025-01-02T03:04:05Z");

    @Test
    void staffRefusesTheTenantRole() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> UserAccount.staff(Role.TENANT, new EmailAddress("ops@example.com"), "hash", AT));
        assertEquals("staff cannot have the TENANT role", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "ACCOUNTANT"})
    void staffHasTheGivenRoleAndNoTenant(Role role) {
        var account = UserAccount.staff(role, new EmailAddress("Ops@Example.com"), "hash", AT);
        assertEquals(role, account.role());
        assertNull(account.tenant());
        assertEquals("ops@example.com", account.email());
        assertNull(account.id());
    }

    @Test
    void tenantUserHasTheTenantRoleAndBelongsToTheTenant() {
        var tenant = new Tenant(new TenantName("Acme"), AT);
        var account = UserAccount.tenantUser(tenant, new EmailAddress(" Alice@Acme.io "), "hash", AT);
        assertEquals(Role.TENANT, account.role());
        assertSame(tenant, account.tenant());
        assertEquals("alice@acme.io", account.email());
    }

    @Test
    void aTenantUserStartsUnverifiedStaffVerified() {
        var tenant = new Tenant(new TenantName("Acme"), AT);
        assertFalse(UserAccount.tenantUser(tenant, new EmailAddress("alice@acme.io"), "hash", AT).isEmailVerified());
        assertTrue(UserAccount.staff(Role.ACCOUNTANT, new EmailAddress("books@example.com"), "hash", AT).isEmailVerified());
    }

    @Test
    void theFirstVerificationIsTheOneKept() {
        var account = UserAccount.tenantUser(new Tenant(new TenantName("Acme"), AT), new EmailAddress("alice@acme.io"), "hash", AT);
        assertTrue(account.verifyEmail(AT.plusSeconds(10)));
        assertFalse(account.verifyEmail(AT.plusSeconds(20)), "verifying again changes nothing");
        assertTrue(account.isEmailVerified());
    }

    @Test
    void endingTheSessionsMovesTheGenerationOn() {
        var account = UserAccount.staff(Role.ADMIN, new EmailAddress("ops@example.com"), "hash", AT);
        assertEquals(0, account.credentialGeneration());
        account.endCurrentGeneration();
        account.endCurrentGeneration();
        assertEquals(2, account.credentialGeneration());
    }

    @Test
    void aNewPasswordReplacesTheHashAndABlankOneIsRefused() {
        var account = UserAccount.staff(Role.ADMIN, new EmailAddress("ops@example.com"), "old", AT);
        account.replacePasswordHash("new");
        assertEquals("new", account.passwordHash());
        assertThrows(IllegalArgumentException.class, () -> account.replacePasswordHash(" "));
    }
}
