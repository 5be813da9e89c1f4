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

/**
 * GET /api/v1/nodes: an admin sees every node with live engine facts; a tenant sees only the
 * nodes assigned to their tenant, with state, load and whether they are ticked.
 */
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
