package io.hyperchain.shared;

import java.io.Serializable;

/**
 * Who acts for which tenant: the tenant's id and the acting user's e-mail. The services a tenant
 * calls take it, and every read of tenant data they make is scoped by it, so a missing tenant fails
 * here, closed, instead of reading as "every tenant". The web layer builds it once per request
 * from the logged-in caller ({@code Caller.tenant()}); jobs that act across tenants never need one.
 */
public record TenantContext(long tenantId, String actor) implements Serializable {

    public TenantContext {
        if (tenantId <= 0) {
            throw new IllegalArgumentException("a tenant id is positive, not " + tenantId);
        }
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("tenant " + tenantId + ": who acts must be named");
        }
    }
}
