package io.hyperchain.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.tenant.Role;
import io.hyperchain.web.api.ResourceMethods.ResourceMethod;
import io.hyperchain.web.security.AccessRule;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Default deny, checked at build time: every REST resource method in the portal's compiled classes
 * (every public method of a {@code @Path} class carrying {@code @GET}, {@code @POST}, ... or
 * {@code @Path}) declares who may call it, the way {@link AccessGuard} reads it. The scan is
 * {@link ResourceMethods}, which the hostile-caller IT walks too.
 */
class ResourceAccessTest {

    /**
     * The only methods anyone may call without logging in. Adding one here is a security decision:
     * sign-up; asking for a password reset link (answers alike for every address) and using one;
     * using an e-mail verification link (the token is the credential, docs/security.md "Accounts").
     */
    private static final Set<String> PUBLIC = Set.of("SignUpResource.signUp", "PasswordResetsResource.request",
            "PasswordResetsResource.confirm", "EmailVerificationsResource.confirm");

    private static List<ResourceMethod> methods;

    @BeforeAll
    static void scan() {
        methods = ResourceMethods.scan();
    }

    @Test
    void everyResourceMethodDeclaresWhoMayCallIt() {
        var undeclared = methods.stream().filter(m -> m.rule() instanceof AccessRule.Unset)
                .map(m -> m + ": " + ((AccessRule.Unset) m.rule()).why()).toList();
        assertTrue(undeclared.isEmpty(), () -> "these REST methods declare no access rule (@Public, @LoggedIn or "
                + "@Access on the method or its class), so AccessGuard refuses them to everyone:\n  "
                + String.join("\n  ", undeclared));
    }

    @Test
    void theScanFindsTheApisResourceMethods() {
        var names = methods.stream().map(ResourceMethod::name).collect(Collectors.toSet());
        for (String known : List.of("SignUpResource.signUp", "MeResource.me", "AdminJobsResource.run",
                "AccountingResource.export", "ResourceRequestsResource.releaseAll", "BillingResource.close", "MeResource.changePassword",
                "AdminUsersResource.verifyEmail")) {
            assertTrue(names.contains(known), () -> known + " not found among " + names);
        }
        assertFalse(names.contains("AdminApprovalsResource.json"), "a static helper is no resource method");
    }

    @Test
    void theScanTellsWhichMethodsReadABodyAndWhichQueryParametersTheyTake() {
        var byName = methods.stream().collect(Collectors.toMap(ResourceMethod::name, m -> m));
        assertTrue(byName.get("SignUpResource.signUp").readsBody());
        assertTrue(byName.get("AdminBillingResource.credit").readsBody(), "a path id and a body");
        assertFalse(byName.get("EnvironmentResource.stop").readsBody());
        assertFalse(byName.get("BillingResource.invoice").readsBody(), "path, header, query and cookie parameters are no body");
        assertEquals(List.of("month", "format"), byName.get("AccountingResource.export").queryParameters());
        assertEquals("invoices/{id}/credit-notes/{note}", byName.get("BillingResource.creditNote").path());
        assertEquals("POST", byName.get("AdminJobsResource.run").http());
    }

    @Test
    void onlyTheListedMethodsArePublic() {
        var open = methods.stream().filter(m -> m.rule() instanceof AccessRule.Open).map(ResourceMethod::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(PUBLIC), open);
    }

    @Test
    void everyAdminPathNeedsTheAdminRoleAndNoneIsOpenToTenants() {
        var wrong = methods.stream().filter(m -> m.path().startsWith("admin/") || m.path().equals("admin"))
                .filter(m -> !(m.rule() instanceof AccessRule.AnyOf anyOf)
                        || !anyOf.roles().contains(Role.ADMIN) || anyOf.roles().contains(Role.TENANT))
                .map(m -> m + ": " + m.rule()).toList();
        assertTrue(wrong.isEmpty(), () -> "admin routes must be @Access(ADMIN[, ACCOUNTANT]):\n  " + String.join("\n  ", wrong));
    }
}
