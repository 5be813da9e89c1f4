package io.hyperchain.web.api;

import io.hyperchain.web.JsonValues;
import io.hyperchain.adjust.Adjustments;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The admin's approval queue (U3): proposals of more nodes wait here. */
@Path("admin/approvals")
@RequestScoped
public class AdminApprovalsResource {

    @Inject
    Caller caller;

    @Inject
    Adjustments adjustments;

    @Inject
    io.hyperchain.storage.Disks disks;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list() {
        caller.require(Role.ADMIN);
        var list = JsonValues.array();
        adjustments.all().forEach(view -> list.add(json(view)));
        disks.upgrades().forEach(upgrade -> list.add(DisksResource.upgradeJson(upgrade)));
        return list.build().toString();
    }

    @POST
    @Path("{id}/{decision}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("id") String id, @PathParam("decision") String decision) {
        var admin = caller.require(Role.ADMIN);
        if (id.startsWith(DISK_PREFIX)) {
            long upgradeId = idOf(id.substring(DISK_PREFIX.length()));
            var upgrade = switch (decision) {
                case "approve" -> disks.approve(upgradeId, admin.email());
                case "reject" -> disks.reject(upgradeId, admin.email());
                default -> throw unknownDecision();
            };
            // an approved disk grows in the background: 202, and the list shows APPLYING until it is done
            return Response.status("APPLYING".equals(upgrade.state()) ? Response.Status.ACCEPTED : Response.Status.OK)
                    .entity(DisksResource.upgradeJson(upgrade).toString()).build();
        }
        long proposalId = idOf(id);
        return Response.ok(json(switch (decision) {
            case "approve" -> adjustments.approve(proposalId, admin.email());
            case "reject" -> adjustments.reject(proposalId, admin.email());
            default -> throw unknownDecision();
        }).toString()).build();
    }

    /** Disk upgrades share the queue; their ids say so ("disk-17"), node-count proposals are plain numbers. */
    static final String DISK_PREFIX = "disk-";

    private static long idOf(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new DomainException(Problem.NOT_FOUND, "approval.notFound", null, "No such request.");
        }
    }

    private static DomainException unknownDecision() {
        return new DomainException(Problem.NOT_FOUND, "decision.unknown", "decision", "A proposal is approved or rejected.");
    }

    static JsonObject json(Adjustments.View view) {
        var body = JsonValues.object()
                .add("id", view.id()).add("kind", "node-count").add("tenantId", view.tenantId())
                .add("tenantName", view.tenantName()).add("period", view.period()).add("proposal", view.kind())
                .add("currentNodes", view.currentNodes()).add("proposedNodes", view.proposedNodes())
                .add("why", view.reason()).add("state", view.state()).add("createdAt", view.createdAt().toString());
        if (view.decidedBy() != null) {
            body.add("decidedBy", view.decidedBy());
        }
        return body.build();
    }
}
