package io.hyperchain.web.api;

import io.hyperchain.approval.ApprovalView;
import io.hyperchain.approval.Approvals;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.JsonValues;
import io.hyperchain.web.security.Access;
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
import io.hyperchain.web.api.doc.AdminSchemas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The admin's approval queue (U3, P2.6): more nodes, bigger disks, one id space.
 * GET /admin/approvals; POST /admin/approvals/{id}/approve | reject.
 */
@Tag(name = "Admin")
@Path("admin/approvals")
@RequestScoped
public class AdminApprovalsResource {

    @Inject
    Caller caller;

    @Inject
    Approvals approvals;

    @GET
    @Access(Role.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The approval queue", description = "More nodes and bigger disks, one id space.")
    @APIResponse(responseCode = "200", description = "The requests", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AdminSchemas.Approval.class)))
    public String list() {
        caller.require(Role.ADMIN);
        var list = JsonValues.array();
        approvals.queue().forEach(view -> list.add(json(view)));
        return list.build().toString();
    }

    @GET
    @Access(Role.ADMIN)
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One approval request")
    @APIResponse(responseCode = "200", description = "The request", content = @Content(schema = @Schema(implementation = AdminSchemas.Approval.class)))
    @APIResponse(responseCode = "404", description = "`approval.notFound`")
    public String one(@PathParam("id") String id) {
        caller.require(Role.ADMIN);
        return json(approvals.find(idOf(id))).toString();
    }

    @POST
    @Access(Role.ADMIN)
    @Path("{id}/{decision}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve or reject a request", description = "decision is approve or reject; a change under way (a disk growing) answers 202 and the queue shows APPLYING.")
    @APIResponse(responseCode = "200", description = "Decided", content = @Content(schema = @Schema(implementation = AdminSchemas.Approval.class)))
    @APIResponse(responseCode = "202", description = "Approved, being applied", content = @Content(schema = @Schema(implementation = AdminSchemas.Approval.class)))
    @APIResponse(responseCode = "404", description = "`approval.notFound`, `decision.unknown`")
    @APIResponse(responseCode = "409", description = "`approval.decided`, `approval.stale`: closed, changing nothing")
    public Response decide(@PathParam("id") String id, @PathParam("decision") String decision) {
        var admin = caller.require(Role.ADMIN);
        long approvalId = idOf(id);
        var view = switch (decision) {
            case "approve" -> approvals.approve(approvalId, admin.email());
            case "reject" -> approvals.reject(approvalId, admin.email());
            default -> throw new DomainException(Problem.NOT_FOUND, "decision.unknown", "decision",
                    "A request is approved or rejected.");
        };
        if (view.stale()) { // closed, and said so: the admin's yes changed nothing
            throw new DomainException(Problem.CONFLICT, "approval.stale", null,
                    "This request no longer fits (" + view.problem() + "); it is closed.");
        }
        // a change under way (a disk growing) answers 202; the queue shows APPLYING until it is done
        return Response.status(view.isApplying() ? Response.Status.ACCEPTED : Response.Status.OK)
                .entity(json(view).toString()).build();
    }

    private static long idOf(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new DomainException(Problem.NOT_FOUND, "approval.notFound", null, "No such request.");
        }
    }

    static JsonObject json(ApprovalView view) {
        var body = JsonValues.object()
                .add("id", view.id()).add("kind", view.kind()).add("subjectId", view.subjectId())
                .add("tenantId", view.tenantId()).add("tenantName", view.tenantName())
                .add("requestedBy", view.requestedBy()).add("scope", view.scope())
                .add("current", view.currentAmount()).add("requested", view.requestedAmount())
                .add("why", view.reason()).add("state", view.getState()).add("createdAt", view.createdAt().toString());
        if (view.decidedBy() != null) {
            body.add("decidedBy", view.decidedBy());
        }
        if (view.problem() != null) {
            body.add("problem", view.problem());
        }
        return body.build();
    }
}
