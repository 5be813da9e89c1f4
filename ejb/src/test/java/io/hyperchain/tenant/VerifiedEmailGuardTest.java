package io.hyperchain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.shared.Problem;
import io.hyperchain.shared.TenantContext;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedEmailGuardTest {

    private static final TenantContext ACME = new TenantContext(7, "ops@acme.io");

    @Test
    void theGuardReadsWhoActsFromTheMethodsTenantContext() {
        assertEquals(ACME, VerifiedEmailGuard.actingTenant(new Object[] {ACME, Set.of(1L, 2L)}));
        assertEquals(ACME, VerifiedEmailGuard.actingTenant(new Object[] {"x", ACME}));
    }

    @Test
    void aGuardedMethodWithoutExactlyOneTenantIsAProgrammingError() {
        assertThrows(IllegalStateException.class, () -> VerifiedEmailGuard.actingTenant(new Object[] {Set.of(1L)}));
        assertThrows(IllegalStateException.class, () -> VerifiedEmailGuard.actingTenant(new Object[] {null}));
        assertThrows(IllegalStateException.class, () -> VerifiedEmailGuard.actingTenant(null));
        assertThrows(IllegalStateException.class, () -> VerifiedEmailGuard.actingTenant(new Object[] {ACME, ACME}));
    }

    @Test
    void anUnverifiedTenantIsRefusedWith403EmailUnverified() {
        var refusal = VerifiedEmailGuard.unverified();
        assertEquals(Problem.FORBIDDEN, refusal.problem());
        assertEquals("email.unverified", refusal.code());
    }
}
