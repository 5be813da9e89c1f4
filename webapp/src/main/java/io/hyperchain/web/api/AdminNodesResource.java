package io.hyperchain.web.api;

import io.hyperchain.docker.DockerHost;
import io.hyperchain.cluster.NodeName;
import io.hyperchain.cluster.NodeRegistration;
import io.hyperchain.cluster.NodeRegistry;
import io.hyperchain.cluster.NodeState;
import io.hyperchain.cluster.RequestedCapacity;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Access;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

/**
 * POST /api/v1/admin/nodes: register a node whose engine answers; cpu, memoryGiB and diskGiB are
 * read from the engine unless given (then no more than it has), subDiskGiB is 0 unless given.
 */
@Tag(name = "Admin")
@Path("admin/nodes")
@RequestScoped
public class AdminNodesResource {

    @Inject
    Caller caller;

    @Inject
    NodeRegistry registry;

    @POST
    @Access(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a node", description = "Its engine must answer; capacity figures left out are read from it.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NodeSchemas.NodeRegistration.class)))
    @APIResponse(responseCode = "201", description = "The node", content = @Content(schema = @Schema(implementation = NodeSchemas.Node.class)))
    @APIResponse(responseCode = "400", description = "A field code (name, dockerHost, a capacity): the field is named")
    @APIResponse(responseCode = "409", description = "The name or the Docker host is taken")
    @APIResponse(responseCode = "422", description = "`dockerHost.unreachable`")
    public Response register(InputStream body) {
        var admin = caller.require(Role.ADMIN);
        var json = JsonBody.read(body);
        // a capacity figure left out is read from the engine
        var registration = new NodeRegistration(
                new NodeName(json.text("name")),
                new DockerHost(json.text("dockerHost")),
                new RequestedCapacity(json.optionalWhole("cpu"), json.optionalWhole("memoryGiB"),
                        json.optionalWhole("diskGiB"), json.optionalWhole("subDiskGiB")));
        var node = registry.register(registration, admin.email());
        return Response.status(201).entity(NodeJson.of(node).toString()).build();
    }

    /** POST /api/v1/admin/nodes/{id}/{drain|maintenance|activate}. */
    @POST
    @Access(Role.ADMIN)
    @Path("{id}/{action}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a node's state", description = "action is drain, maintenance or activate.")
    @APIResponse(responseCode = "200", description = "The node", content = @Content(schema = @Schema(implementation = NodeSchemas.Node.class)))
    @APIResponse(responseCode = "404", description = "`node.notFound`, `action.unknown`")
    public String changeState(@jakarta.ws.rs.PathParam("id") long id, @jakarta.ws.rs.PathParam("action") String action) {
        var admin = caller.require(Role.ADMIN);
        NodeState state = switch (action) {
            case "drain" -> NodeState.DRAINING;
            case "maintenance" -> NodeState.MAINTENANCE;
            case "activate" -> NodeState.ACTIVE;
            default -> throw new io.hyperchain.shared.DomainException(io.hyperchain.shared.Problem.NOT_FOUND,
                    "action.unknown", "action", "A node's actions are drain, maintenance and activate.");
        };
        return NodeJson.of(registry.changeState(id, state, admin.email())).toString();
    }
}
