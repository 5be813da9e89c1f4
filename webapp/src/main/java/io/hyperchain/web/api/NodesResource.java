package io.hyperchain.web.api;

import io.hyperchain.cluster.NodeRegistry;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * GET /api/v1/nodes: an admin sees every node with live engine facts. A tenant sees the nodes
 * assigned to their tenant; assignment comes with resource requests, so for now that list is empty.
 */
@Path("nodes")
@RequestScoped
public class NodesResource {

    @Inject
    Caller caller;

    @Inject
    NodeRegistry registry;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String nodes() {
        var list = Json.createArrayBuilder();
        if (caller.profile().isAdmin()) {
            registry.liveStatus().forEach(node -> list.add(NodeJson.of(node)));
        }
        return list.build().toString();
    }
}
