package io.hyperchain.web.api;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.AccessRule;
import io.hyperchain.web.security.Caller;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Default deny for the REST API: before any resource method runs, the rule it declares
 * ({@code @Public}, {@code @LoggedIn} or {@code @Access(roles)}, see {@link AccessRule}) is applied to
 * the caller. Anonymous callers of a non-public method get 401 {@code login.required}, callers without
 * the role 403 {@code role.required}, and a method that declares no rule is refused to everyone (403,
 * and a warning naming it: a programming error, which {@code ResourceAccessTest} catches first).
 * The refusals are domain exceptions, so {@link DomainExceptionMapper} answers them like any other.
 * Runs before {@link SessionCsrfGuard} (authorization before the user filters).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class AccessGuard implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AccessGuard.class.getName());

    /** Methods already reported as having no rule: one warning each, not one per request. */
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    @Inject
    Caller caller;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        AccessRule rule = method == null ? new AccessRule.Unset("no resource method matched")
                : AccessRule.of(method, resource.getResourceClass());
        if (rule instanceof AccessRule.Unset unset) {
            report(method, unset);
        }
        boolean loggedIn = !(rule instanceof AccessRule.Open) && caller.isLoggedIn();
        Set<Role> roles = loggedIn && rule.readsRoles() ? caller.profile().roles() : Set.of();
        switch (rule.decide(roles, loggedIn)) {
            case ALLOW -> {
            }
            case LOGIN_REQUIRED -> throw Caller.loginRequired();
            case ROLE_REQUIRED -> throw rule instanceof AccessRule.AnyOf anyOf
                    ? Caller.roleRequired(anyOf.ordered())
                    : new DomainException(Problem.FORBIDDEN, "role.required", null, "This endpoint is open to no one.");
        }
    }

    private void report(Method method, AccessRule.Unset unset) {
        String name = method == null ? "(none)" : method.getDeclaringClass().getName() + "." + method.getName();
        if (reported.add(name)) {
            LOG.warning("REST method " + name + " declares no access rule (" + unset.why()
                    + "): refused to everyone until it gets @Public, @LoggedIn or @Access");
        }
    }
}
