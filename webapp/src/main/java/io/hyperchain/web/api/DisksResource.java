package io.hyperchain.web.api;

import io.hyperchain.tenant.Role;
import io.hyperchain.web.JsonValues;
import io.hyperchain.storage.DiskView;
import io.hyperchain.storage.Disks;
import io.hyperchain.web.security.Access;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import io.hyperchain.web.api.doc.AdminSchemas;
import io.hyperchain.web.api.doc.EnvironmentSchemas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Seed 002 for tenants: GET /api/v1/disks (their containers' disks and states) and
 * POST /api/v1/disk-upgrade-requests {workloadId | allotmentId, newMainDiskGiB} → 201.
 */
@Tag(name = "Disks")
@Path("")
@RequestScoped
public class DisksResource {

    @Inject
    Caller caller;

    @Inject
    Disks disks;

    @GET
    @Access(Role.TENANT)
    @Path("disks")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My disks", description = "The disks of the tenant's containers and their states.")
    @APIResponse(responseCode = "200", description = "The disks", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EnvironmentSchemas.Disk.class)))
    public String list() {
        var tenant = caller.tenant();
        var list = JsonValues.array();
        disks.disksOf(tenant).forEach(disk -> list.add(json(disk)));
        return list.build().toString();
    }

    @POST
    @Access(Role.TENANT)
    @Path("disk-upgrade-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a bigger disk", description = "Goes to the admin's approval queue.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EnvironmentSchemas.DiskUpgradeRequest.class)))
    @APIResponse(responseCode = "201", description = "The approval request", content = @Content(schema = @Schema(implementation = AdminSchemas.Approval.class)))
    @APIResponse(responseCode = "400", description = "A field code: the field is named")
    @APIResponse(responseCode = "404", description = "`disk.notFound`")
    @APIResponse(responseCode = "409", description = "`disk.upgrading`, `disk.upgrade.pending`")
    @APIResponse(responseCode = "422", description = "`disk.size.nodeFull`, `disk.helper`")
    public Response request(InputStream body) {
        var tenant = caller.tenant();
        var json = JsonBody.read(body);
        Long allotmentId = json.optionalId("allotmentId");
        Long workloadId = json.optionalId("workloadId");
        int newGiB = json.whole("newMainDiskGiB");
        var upgrade = disks.request(tenant, allotmentId, workloadId, newGiB);
        return Response.status(201).entity(AdminApprovalsResource.json(upgrade).toString()).build();
    }

    static JsonObject json(DiskView disk) {
        var body = JsonValues.object()
                .add("id", disk.id()).add("tenantId", disk.tenantId()).add("tenantName", disk.tenantName())
                .add("nodeId", disk.nodeId()).add("nodeName", disk.nodeName())
                .add("mainMiB", disk.mainMiB()).add("usedMiB", disk.getUsedMiB()).add("usedPercent", disk.getUsedPercent())
                .add("subDiskUsedMiB", disk.getUpperMiB()).add("subDiskFreeMiB", disk.getSubFreeMiB())
                .add("subDiskLow", disk.subLow()).add("state", disk.state());
        if (disk.workloadId() != null) {
            body.add("workloadId", disk.workloadId());
        }
        if (disk.pendingUpgradeMiB() != null) {
            body.add("pendingUpgradeMiB", disk.pendingUpgradeMiB());
        }
        if (disk.reactionMillis() != null) {
            body.add("redirectReactionMillis", disk.reactionMillis());
        }
        if (disk.redirectedAt() != null) {
            body.add("redirectedAt", disk.redirectedAt().toString());
        }
        return body.build();
    }
}
