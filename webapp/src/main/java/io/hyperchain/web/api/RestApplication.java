package io.hyperchain.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API v1; its contract is the table in docs/architecture.md, and the OpenAPI document served
 * at /openapi (who may call each operation and the refusals every rule brings are added by
 * {@link io.hyperchain.web.api.doc.ApiAccessFilter}).
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "HyperChain API", version = "1",
                description = "The HyperChain portal's REST API: tenants sign up, ask for nodes, start their environment "
                        + "and read their bills; admins run the cluster. Bodies are JSON. A refusal is "
                        + "{\"error\", \"code\", \"field\"} (schema Error) with a stable code such as node.notFound; "
                        + "x-access and x-roles on each operation say who may call it. Log in with HTTP Basic, an API "
                        + "token as Bearer, or the portal's session cookie (writes then need the X-CSRF-Token header "
                        + "from GET /api/v1/me)."),
        tags = {
                @Tag(name = "Account", description = "Sign-up, who am I, passwords and e-mail verification"),
                @Tag(name = "Tokens", description = "The caller's API tokens"),
                @Tag(name = "Nodes", description = "Nodes a tenant asks for, and the nodes it sees"),
                @Tag(name = "Environment", description = "The tenant's containers on its nodes"),
                @Tag(name = "Tasks", description = "Commands run in the environment, as on one machine"),
                @Tag(name = "Disks", description = "Disks and disk upgrades"),
                @Tag(name = "Billing", description = "Usage, invoices and closing the account"),
                @Tag(name = "Accounting", description = "Exports for the accountant"),
                @Tag(name = "Admin", description = "The cluster, approvals, jobs, settings, price plans and staff accounts")})
@SecurityScheme(securitySchemeName = "basicAuth", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "E-mail address and password")
@SecurityScheme(securitySchemeName = "bearerToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "hc_<prefix>_<secret>", description = "An API token from POST /api/v1/tokens; a read token may only GET")
public class RestApplication extends Application {
}
