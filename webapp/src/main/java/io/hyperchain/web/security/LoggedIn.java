package io.hyperchain.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A REST method open to every logged-in caller, whatever their role (who am I, my notifications);
 * anonymous callers get 401 {@code login.required}. Enforced by {@code AccessGuard}; see {@link AccessRule}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface LoggedIn {
}
