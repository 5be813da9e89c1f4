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

/** POST /api/v1/resource-requests: {cpu, memoryGiB, diskGiB, hoursPerDay} → 201 {nodeCount, nodes}. */
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
    public Response releaseAll() {
        assignments.releaseAll(caller.tenant());
        return Response.noContent().build();
    }
}
