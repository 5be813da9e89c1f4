package io.hyperchain.web.security;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.shared.TenantContext;
import io.hyperchain.tenant.AccountDirectory;
import io.hyperchain.tenant.CallerProfile;
import io.hyperchain.tenant.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/** The logged-in user behind this request, read once per request. */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    @Inject
    AccountDirectory accounts;

    private CallerProfile profile;
    private TenantContext tenant;

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public CallerProfile profile() {
        if (profile == null) {
            var principal = security.getCallerPrincipal();
            if (principal == null) {
                throw new DomainException(Problem.UNAUTHENTICATED, "login.required", null,
                        "Log in first (session cookie or HTTP Basic).");
            }
            profile = accounts.profile(principal.getName());
        }
        return profile;
    }

    /** The caller's profile if they hold the role; a clear 403 otherwise. */
    public CallerProfile require(Role role) {
        var me = profile();
        if (!me.roles().contains(role)) {
            throw roleRequired(role);
        }
        return me;
    }

    /**
     * The tenant the caller acts for, with their e-mail as the actor: what every tenant-facing
     * service takes. Built here, once per request; a caller who is no tenant gets the same 403 as
     * {@code require(Role.TENANT)}.
     */
    public TenantContext tenant() {
        if (tenant == null) {
            tenant = require(Role.TENANT).tenantContext().orElseThrow(() -> roleRequired(Role.TENANT));
        }
        return tenant;
    }

    /** The caller's profile if they hold one of the roles; a clear 403 otherwise. */
    public CallerProfile requireAny(Role... roles) {
        var me = profile();
        for (Role role : roles) {
            if (me.roles().contains(role)) {
                return me;
            }
        }
        throw new DomainException(Problem.FORBIDDEN, "role.required", null,
                "This needs one of the roles " + java.util.Arrays.toString(roles) + ".");
    }

    private static DomainException roleRequired(Role role) {
        return new DomainException(Problem.FORBIDDEN, "role.required", null, "This needs the " + role + " role.");
    }
}
