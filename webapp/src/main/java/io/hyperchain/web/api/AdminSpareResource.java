package io.hyperchain.web.api;

import io.hyperchain.web.JsonValues;
import io.hyperchain.spare.SpareService;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Access;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import io.hyperchain.web.api.doc.AdminSchemas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /api/v1/admin/spare: the current spare node (P1.5), the period it was elected for, and the
 * tenants it joins at their next start (their nodes' average load at or above spareThresholdPercent):
 * {"spare": {"nodeId", "name", "period", "averageLoad"} or null, "thresholdPercent",
 * "tenants": [{"id", "name", "averageLoadPercent"}]}.
 */
@Tag(name = "Admin")
@Path("admin/spare")
@RequestScoped
public class AdminSpareResource {

    @Inject
    Caller caller;

    @Inject
    SpareService spares;

    @GET
    @Access(Role.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The spare node", description = "The spare elected for this period and the tenants it joins at their next start.")
    @APIResponse(responseCode = "200", description = "The spare", content = @Content(schema = @Schema(implementation = AdminSchemas.Spare.class)))
    public String spare() {
        caller.require(Role.ADMIN);
        var body = JsonValues.object();
        var tenants = JsonValues.array();
        spares.current().ifPresentOrElse(election -> {
            body.add("spare", JsonValues.object()
                    .add("nodeId", election.nodeId()).add("name", election.nodeName())
                    .add("period", election.periodKey()).add("averageLoad", election.averageLoad()));
            spares.tenantsServed(election).forEach(tenant -> {
                var row = JsonValues.object().add("id", tenant.tenantId());
                if (tenant.name() == null) {
                    row.addNull("name");
                } else {
                    row.add("name", tenant.name());
                }
                tenants.add(row.add("averageLoadPercent", Math.round(tenant.averageLoad() * 1000) / 10.0));
            });
        }, () -> body.addNull("spare"));
        return body.add("thresholdPercent", Math.round(spares.threshold() * 100)).add("tenants", tenants)
                .build().toString();
    }
}
