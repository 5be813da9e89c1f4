package io.hyperchain.web.security;

import static io.hyperchain.web.security.AccessRule.Verdict.ALLOW;
import static io.hyperchain.web.security.AccessRule.Verdict.LOGIN_REQUIRED;
import static io.hyperchain.web.security.AccessRule.Verdict.ROLE_REQUIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.tenant.Role;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who gets through each rule: anonymous, every single role, and a method without a rule. */
class AccessRuleTest {

    private static final Set<Role> NOBODY = Set.of();

    @Test
    void publicLetsAnyoneIn() {
        var rule = new AccessRule.Open();
        assertEquals(ALLOW, rule.decide(NOBODY, false));
        for (Role role : Role.values()) {
            assertEquals(ALLOW, rule.decide(Set.of(role), true), role::name);
        }
    }

    @Test
    void loggedInLetsEveryRoleInAndAsksAnonymousCallersToLogIn() {
        var rule = new AccessRule.AnyLogin();
        assertEquals(LOGIN_REQUIRED, rule.decide(NOBODY, false));
        for (Role role : Role.values()) {
            assertEquals(ALLOW, rule.decide(Set.of(role), true), role::name);
        }
    }

    @Test
    void accessLetsInOnlyCallersHoldingOneOfTheRoles() {
        var rule = new AccessRule.AnyOf(Set.of(Role.ACCOUNTANT, Role.ADMIN));
        assertEquals(ALLOW, rule.decide(Set.of(Role.ACCOUNTANT), true));
        assertEquals(ALLOW, rule.decide(Set.of(Role.ADMIN), true));
        assertEquals(ROLE_REQUIRED, rule.decide(Set.of(Role.TENANT), true));
        assertEquals(ROLE_REQUIRED, rule.decide(NOBODY, true), "logged in without a role");
    }

    @Test
    void accessAsksAnonymousCallersToLogInBeforeLookingAtRoles() {
        assertEquals(LOGIN_REQUIRED, new AccessRule.AnyOf(Set.of(Role.ADMIN)).decide(NOBODY, false));
    }

    @Test
    void noRuleRefusesEveryoneWithTheRoleRefusalEvenAnAdmin() {
        var rule = new AccessRule.Unset("no rule");
        assertEquals(ROLE_REQUIRED, rule.decide(NOBODY, false), "anonymous: 403, not a login prompt");
        assertEquals(ROLE_REQUIRED, rule.decide(EnumSet.allOf(Role.class), true));
    }

    @Test
    void onlyAccessReadsTheCallersRoles() {
        assertTrue(new AccessRule.AnyOf(Set.of(Role.TENANT)).readsRoles());
        assertEquals(List.of(false, false, false), List.of(new AccessRule.Open().readsRoles(),
                new AccessRule.AnyLogin().readsRoles(), new AccessRule.Unset("x").readsRoles()));
    }

    @Test
    void accessNamesItsRolesInDeclarationOrder() {
        assertEquals(List.of(Role.ADMIN, Role.ACCOUNTANT), new AccessRule.AnyOf(Set.of(Role.ACCOUNTANT, Role.ADMIN)).ordered());
    }

    // where the rule comes from: the method's annotation, else the class's, else none

    @Access(Role.ADMIN)
    static class AdminThings {
        public void inherits() {
        }

        @Public
        public void overrides() {
        }
    }

    static class Undeclared {
        public void nothing() {
        }

        @Public
        @LoggedIn
        public void twoRules() {
        }

        @Access({})
        public void noRole() {
        }

        @Access({Role.TENANT, Role.TENANT})
        public void sameRoleTwice() {
        }
    }

    private static AccessRule ruleOf(Class<?> type, String method) throws NoSuchMethodException {
        Method m = type.getMethod(method);
        return AccessRule.of(m, type);
    }

    @Test
    void aMethodWithoutItsOwnRuleTakesItsClasssRule() throws Exception {
        assertEquals(new AccessRule.AnyOf(Set.of(Role.ADMIN)), ruleOf(AdminThings.class, "inherits"));
    }

    @Test
    void theMethodsOwnRuleWinsOverItsClasss() throws Exception {
        assertEquals(new AccessRule.Open(), ruleOf(AdminThings.class, "overrides"));
    }

    @Test
    void noRuleOnMethodOrClassIsUnset() throws Exception {
        assertInstanceOf(AccessRule.Unset.class, ruleOf(Undeclared.class, "nothing"));
    }

    @Test
    void twoRulesOnOneMethodAreUnset() throws Exception {
        assertInstanceOf(AccessRule.Unset.class, ruleOf(Undeclared.class, "twoRules"));
    }

    @Test
    void accessNamingNoRoleIsUnset() throws Exception {
        assertInstanceOf(AccessRule.Unset.class, ruleOf(Undeclared.class, "noRole"));
    }

    @Test
    void aRoleNamedTwiceCountsOnce() throws Exception {
        assertEquals(new AccessRule.AnyOf(Set.of(Role.TENANT)), ruleOf(Undeclared.class, "sameRoleTwice"));
    }
}
