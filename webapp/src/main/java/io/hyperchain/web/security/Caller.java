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
import java.util.List;

/**
 * The logged-in user behind this request, read once per request. Who may call a REST method at all
 * is declared on it ({@link Access}, {@link LoggedIn}, {@link Public}) and checked before it runs;
 * a method asks here for the profile or the tenant it works with (and gets the same refusals).
 */
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
                throw loginRequired();
            }
            profile = accounts.profile(principal.getName());
        }
        return profile;
    }

    /** The caller's profile if they hold the role; a clear 403 otherwise. */
    public CallerProfile require(Role role) {
        var me = profile();
        if (!me.roles().contains(role)) {
            throw roleRequired(List.of(role));
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
            tenant = require(Role.TENANT).tenantContext().orElseThrow(() -> roleRequired(List.of(Role.TENANT)));
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
        throw roleRequired(List.of(roles));
    }

    /** 401 {@code login.required}: what an anonymous caller gets wherever a login is needed. */
    public static DomainException loginRequired() {
        return new DomainException(Problem.UNAUTHENTICATED, "login.required", null,
                "Log in first (session cookie or HTTP Basic).");
    }

    /** 403 {@code role.required}: the caller holds none of these roles. */
    public static DomainException roleRequired(List<Role> roles) {
        return new DomainException(Problem.FORBIDDEN, "role.required", null, roles.size() == 1
                ? "This needs the " + roles.get(0) + " role."
                : "This needs one of the roles " + roles + ".");
    }
}
