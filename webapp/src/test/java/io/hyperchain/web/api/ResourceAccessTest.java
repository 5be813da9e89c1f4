package io.hyperchain.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.AccessRule;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Default deny, checked at build time: every REST resource method in the portal's compiled classes
 * (every public method of a {@code @Path} class carrying {@code @GET}, {@code @POST}, ... or
 * {@code @Path}) declares who may call it, the way {@link AccessGuard} reads it.
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

    record ResourceMethod(Class<?> type, Method method, String path, AccessRule rule) {
        String name() {
            return type.getSimpleName() + "." + method.getName();
        }

        @Override
        public String toString() {
            return name() + " (" + http() + " /api/v1/" + path + ")";
        }

        String http() {
            return Arrays.stream(method.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                    .filter(h -> h != null).map(HttpMethod::value).findFirst().orElse("locator");
        }
    }

    @BeforeAll
    static void scan() throws IOException, URISyntaxException {
        var classes = Paths.get(AccessGuard.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            methods = files.map(f -> classes.relativize(f).toString())
                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .map(f -> load(f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.')))
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .flatMap(type -> Arrays.stream(type.getMethods())
                            .filter(m -> m.getDeclaringClass() != Object.class && !m.isBridge() && !m.isSynthetic())
                            .filter(ResourceAccessTest::isResourceMethod)
                            .map(m -> new ResourceMethod(type, m, path(type, m), AccessRule.of(m, type))))
                    .sorted(Comparator.comparing(ResourceMethod::name))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ResourceAccessTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isResourceMethod(Method method) {
        return Modifier.isPublic(method.getModifiers()) && (method.isAnnotationPresent(Path.class)
                || Arrays.stream(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class)));
    }

    private static String path(Class<?> type, Method method) {
        String own = method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "";
        return Stream.of(type.getAnnotation(Path.class).value(), own).map(p -> p.replaceAll("^/+|/+$", ""))
                .filter(p -> !p.isEmpty()).collect(Collectors.joining("/"));
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
