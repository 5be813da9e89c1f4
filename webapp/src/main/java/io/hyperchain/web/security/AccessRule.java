package io.hyperchain.web.security;

import io.hyperchain.tenant.Role;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may call a REST method, and the decision for one caller. The rule is the one annotation
 * ({@link Public}, {@link LoggedIn} or {@link Access}) on the method, else on its class; a method
 * with none, or with two, has the rule {@link Unset}: refused to everyone (default deny).
 * Plain Java, so the decisions are tested alone ({@code AccessRuleTest}).
 */
public sealed interface AccessRule {

    /** What the caller gets: on with the call, 401 {@code login.required}, or 403 {@code role.required}. */
    enum Verdict { ALLOW, LOGIN_REQUIRED, ROLE_REQUIRED }

    /** The decision for a caller who is logged in or not and holds these roles (none when anonymous). */
    Verdict decide(Set<Role> callerRoles, boolean authenticated);

    /** Whether {@link #decide} reads the caller's roles (so a filter looks them up only then). */
    default boolean readsRoles() {
        return false;
    }

    /** {@code @Public}: anyone may call, logged in or not. */
    record Open() implements AccessRule {
        @Override
        public Verdict decide(Set<Role> callerRoles, boolean authenticated) {
            return Verdict.ALLOW;
        }
    }

    /** {@code @LoggedIn}: any logged-in caller may call, whatever their role. */
    record AnyLogin() implements AccessRule {
        @Override
        public Verdict decide(Set<Role> callerRoles, boolean authenticated) {
            return authenticated ? Verdict.ALLOW : Verdict.LOGIN_REQUIRED;
        }
    }

    /** {@code @Access(roles)}: a logged-in caller holding one of the roles may call. */
    record AnyOf(Set<Role> roles) implements AccessRule {

        public AnyOf {
            roles = Set.copyOf(roles);
        }

        @Override
        public Verdict decide(Set<Role> callerRoles, boolean authenticated) {
            if (!authenticated) {
                return Verdict.LOGIN_REQUIRED;
            }
            return callerRoles.stream().anyMatch(roles::contains) ? Verdict.ALLOW : Verdict.ROLE_REQUIRED;
        }

        @Override
        public boolean readsRoles() {
            return true;
        }

        /** The roles in declaration order (TENANT, ADMIN, ACCOUNTANT), for messages. */
        public List<Role> ordered() {
            return List.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        }
    }

    /** No rule (or two): refused to everyone, logged in or not — default deny. */
    record Unset(String why) implements AccessRule {
        @Override
        public Verdict decide(Set<Role> callerRoles, boolean authenticated) {
            return Verdict.ROLE_REQUIRED;
        }
    }

    /** The rule of a resource method: its own annotation, else its resource class's, else {@link Unset}. */
    static AccessRule of(Method method, Class<?> resourceClass) {
        var own = on(method);
        if (own != null) {
            return own;
        }
        var inherited = resourceClass == null ? null : on(resourceClass);
        return inherited != null ? inherited
                : new Unset("neither " + method.getName() + " nor its class has @Public, @LoggedIn or @Access");
    }

    /** The rule one element declares; null if it declares none. */
    private static AccessRule on(AnnotatedElement element) {
        List<Annotation> rules = Arrays.stream(element.getAnnotations())
                .filter(a -> a instanceof Public || a instanceof LoggedIn || a instanceof Access).toList();
        if (rules.size() > 1) {
            return new Unset(element + " has more than one of @Public, @LoggedIn and @Access");
        }
        if (rules.isEmpty()) {
            return null;
        }
        Annotation rule = rules.get(0);
        if (rule instanceof Public) {
            return new Open();
        }
        if (rule instanceof LoggedIn) {
            return new AnyLogin();
        }
        Role[] roles = ((Access) rule).value();
        return roles.length == 0 ? new Unset(element + " has @Access naming no role") : new AnyOf(EnumSet.copyOf(Arrays.asList(roles)));
    }
}
