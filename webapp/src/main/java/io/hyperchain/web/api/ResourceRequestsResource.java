package io.hyperchain.web.api;

import io.hyperchain.tenant.Role;
import io.hyperchain.web.JsonValues;
import io.hyperchain.cluster.NodeAssignments;
import io.hyperchain.placement.ResourceRequest;
import io.hyperchain.web.security.Access;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import io.hyperchain.web.api.doc.NodeSchemas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** POST /api/v1/resource-requests: {cpu, memoryGiB, diskGiB, hoursPerDay} → 201 {nodeCount, nodes}. */
@Tag(name = "Nodes")
@Path("resource-requests")
@RequestScoped
public class ResourceRequestsResource {

    @Inject
    Caller caller;

    @Inject
    NodeAssignments assignments;

    @POST
    @Access(Role.TENANT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for nodes", description = "The node count is decided from the resources asked for; the nodes are assigned to the tenant.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NodeSchemas.ResourceRequest.class)))
    @APIResponse(responseCode = "201", description = "The nodes the tenant got", content = @Content(schema = @Schema(implementation = NodeSchemas.NodeCount.class)))
    @APIResponse(responseCode = "400", description = "`number.type`, `number.range` or a field code: the field is named")
    @APIResponse(responseCode = "409", description = "`request.busy`")
    public Response request(InputStream body) {
        var tenant = caller.tenant();
        var json = JsonBody.read(body);
        var request = new ResourceRequest(json.whole("cpu"), json.whole("memoryGiB"), json.whole("diskGiB"),
                json.whole("hoursPerDay"));
        var count = assignments.request(tenant, request);
        return Response.status(201).entity(JsonValues.object()
                .add("nodeCount", count.count())
                .add("decidedBy", count.decidedBy().name())
                .add("nodes", TenantNodeJson.of(assignments.nodesOf(tenant)))
                .build().toString()).build();
    }

    /** DELETE /api/v1/resource-requests: give every node back. 204, or 409 while the environment uses them. */
    @jakarta.ws.rs.DELETE
    @Access(Role.TENANT)
    @Operation(summary = "Give every node back")
    @APIResponse(responseCode = "204", description = "Released")
    @APIResponse(responseCode = "409", description = "`request.busy`: the environment uses the nodes")
    public Response releaseAll() {
        assignments.releaseAll(caller.tenant());
        return Response.noContent().build();
    }
}
