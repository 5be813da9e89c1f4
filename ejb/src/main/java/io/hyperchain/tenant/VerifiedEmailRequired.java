package io.hyperchain.tenant;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A tenant-facing command that starts something (costs money, takes nodes): refused with 403
 * {@code email.unverified} while the acting user has not verified its e-mail address. The method
 * takes a {@code TenantContext}; {@link VerifiedEmailGuard} reads the account's state from the
 * database at each call, so the REST API and the pages are refused alike, and a verification in
 * another tab counts at once.
 */
@InterceptorBinding
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface VerifiedEmailRequired {
}
