package io.hyperchain.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A REST method open to anyone, logged in or not (sign-up). Rare on purpose: {@code ResourceAccessTest}
 * keeps the list of public methods, so making one public is a visible decision.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Public {
}
