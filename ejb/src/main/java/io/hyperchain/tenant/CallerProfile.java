package io.hyperchain.tenant;

import io.hyperchain.shared.TenantContext;
import java.util.Optional;
import java.util.Set;

/** Who a logged-in caller is: the answer of GET /api/v1/me and the dashboard's header. */
public record CallerProfile(long userId, String email, Long tenantId, String tenantName, Set<Role> roles) {

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
