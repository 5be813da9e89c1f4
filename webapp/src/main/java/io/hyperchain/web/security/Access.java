package io.hyperchain.web.security;

import io.hyperchain.tenant.Role;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A REST method (or, on a class, each of its methods that declares nothing itself) is open to
 * logged-in callers holding one of these roles: anonymous callers get 401 {@code login.required},
 * others 403 {@code role.required}. Enforced by {@code AccessGuard}; see {@link AccessRule}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Access {

    Role[] value();
}
