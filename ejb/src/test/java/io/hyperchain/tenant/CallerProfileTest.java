package io.hyperchain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.shared.TenantContext;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerProfileTest {

    @Test
    void aTenantUserActsForTheirTenantUnderTheirEmail() {
        var profile = new CallerProfile(3, "alice@example.com", 7L, "acme", Set.of(Role.TENANT), true);
        assertEquals(Optional.of(new TenantContext(7, "alice@example.com")), profile.tenantContext());
    }

    @Test
    void staffActForNoTenant() {
        var profile = new CallerProfile(1, "admin@example.com", null, null, Set.of(Role.ADMIN, Role.ACCOUNTANT), true);
        assertTrue(profile.tenantContext().isEmpty());
    }
}
