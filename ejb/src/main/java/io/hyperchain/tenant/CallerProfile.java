package io.hyperchain.tenant;

import io.hyperchain.shared.TenantContext;
import java.util.Optional;
import java.util.Set;

/**
 * Who a logged-in caller is: the answer of GET /api/v1/me and the dashboard's header. An unverified
 * e-mail (a tenant who has not opened the sign-up mail's link yet) is shown as a banner.
 */
public record CallerProfile(long userId, String email, Long tenantId, String tenantName, Set<Role> roles,
                            boolean emailVerified) {

    /** The tenant this caller acts for, with their e-mail as the actor; empty for staff, who hold no tenant. */
    public Optional<TenantContext> tenantContext() {
        return isTenant() && tenantId != null ? Optional.of(new TenantContext(tenantId, email)) : Optional.empty();
    }

    public String getEmail() {
        return email;
    }

    public String getTenantName() {
        return tenantName;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public boolean isTenant() {
        return roles.contains(Role.TENANT);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean isAccountant() {
        return roles.contains(Role.ACCOUNTANT);
    }
}
