package io.hyperchain.web.api;

import io.hyperchain.web.JsonValues;
import io.hyperchain.cluster.NodeAssignments;
import io.hyperchain.cluster.NodeRegistry;
import io.hyperchain.web.security.Caller;
import io.hyperchain.web.security.LoggedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import io.hyperchain.web.api.doc.NodeSchemas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /api/v1/nodes: an admin sees every node with live engine facts; a tenant sees only the
 * nodes assigned to their tenant, with state, load and whether they are ticked.
 */
@Tag(name = "Nodes")
@Path("nodes")
@RequestScoped
public class NodesResource {

    @Inject
    Caller caller;

    @Inject
    NodeRegistry registry;

    @Inject
    NodeAssignments assignments;

    @GET
    @LoggedIn
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The nodes I see", description = "A tenant sees its assigned nodes with state and load; an admin every node with live engine facts.")
    @APIResponse(responseCode = "200", description = "The nodes", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = NodeSchemas.SeenNode.class)))
    public String nodes() {
        var me = caller.profile();
        if (me.isTenant()) {
            return TenantNodeJson.of(assignments.nodesOf(caller.tenant())).build().toString();
        }
        var list = JsonValues.array();
        if (me.isAdmin()) {
            registry.liveStatus().forEach(node -> list.add(NodeJson.of(node)));
        }
        return list.build().toString();
    }
}
