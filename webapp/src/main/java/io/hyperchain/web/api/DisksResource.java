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

/**
 * Seed 002 for tenants: GET /api/v1/disks (their containers' disks and states) and
 * POST /api/v1/disk-upgrade-requests {workloadId | allotmentId, newMainDiskGiB} → 201.
 */
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
