package io.hyperchain.web.api;

import io.hyperchain.tenant.Role;
import io.hyperchain.web.JsonValues;
import io.hyperchain.environment.EnvironmentQueries;
import io.hyperchain.environment.EnvironmentService;
import io.hyperchain.environment.EnvironmentView;

import io.hyperchain.environment.WorkloadPower;
import io.hyperchain.environment.WorkloadSettings;
import io.hyperchain.web.security.Access;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

/**
 * The tenant's environment: GET it, start it on chosen nodes, stop it, set what may move, power one
 * container on or off. A container is addressed by its node, as the dashboard draws it.
 */
@Path("environment")
@RequestScoped
public class EnvironmentResource {

    @Inject
    Caller caller;

    @Inject
    EnvironmentService environments;

    @Inject
    EnvironmentQueries queries;

    @Inject
    WorkloadSettings settings;

    @Inject
    WorkloadPower power;

    @GET
    @Access(Role.TENANT)
    @Produces(MediaType.APPLICATION_JSON)
    public String get() {
        return json(queries.view(caller.tenant()));
    }

    /** {nodeIds: [...]}: exactly these of the tenant's nodes run a container afterwards. */
    @POST
    @Access(Role.TENANT)
    @Path("start")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String start(InputStream body) {
        var tenant = caller.tenant();
        var nodeIds = JsonBody.read(body).ids("nodeIds");
        return json(environments.start(tenant, nodeIds));
    }

    @POST
    @Access(Role.TENANT)
    @Path("stop")
    @Produces(MediaType.APPLICATION_JSON)
    public String stop() {
        return json(environments.stop(caller.tenant()));
    }

    /**
     * PUT environment/containers/{nodeId} {kind: "service"|"batch", pinned: true|false}, either
     * optional: what the tenant's container on that node runs, and whether it may be moved (P1.8).
     */
    @PUT
    @Access(Role.TENANT)
    @Path("containers/{nodeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String changeContainer(@PathParam("nodeId") long nodeId, InputStream body) {
        var tenant = caller.tenant();
        var json = JsonBody.read(body);
        String kind = json.text("kind");
        Boolean pinned = json.optionalBool("pinned");
        return json(settings.change(tenant, nodeId, kind == null ? null : WorkloadSettings.kind(kind), pinned));
    }

    /**
     * POST environment/containers/{nodeId}/{action}, action one of poweron, poweroff, shutdown, reset,
     * reboot, pause (P4.2), no body: the environment afterwards, with the action, whether it changed
     * anything ("changed": false when there was nothing to do, e.g. powered off already) and a message.
     */
    @POST
    @Access(Role.TENANT)
    @Path("containers/{nodeId}/{action}")
    @Produces(MediaType.APPLICATION_JSON)
    public String power(@PathParam("nodeId") long nodeId, @PathParam("action") String action) {
        var tenant = caller.tenant();
        var result = power.act(tenant, nodeId, action);
        return body(result.environment())
                .add("action", result.action().word())
                .add("nodeId", result.nodeId())
                .add("changed", result.changed())
                .add("message", result.message())
                .build().toString();
    }

    static String json(EnvironmentView view) {
        return body(view).build().toString();
    }

    private static jakarta.json.JsonObjectBuilder body(EnvironmentView view) {
        var containers = JsonValues.array();
        view.containers().forEach(c -> {
            var container = JsonValues.object()
                    .add("nodeId", c.nodeId())
                    .add("nodeName", c.nodeName())
                    .add("state", c.state().name())
                    .add("leader", c.leader())
                    .add("sharedSpare", c.sharedSpare())
                    .add("hostNodeId", c.hostNodeId())
                    .add("hostNodeName", c.hostNodeName())
                    .add("failedOver", c.failedOver())
                    .add("cpu", c.cpu())
                    .add("memoryGiB", c.memoryGiB())
                    .add("kind", c.kind().word())
                    .add("pinned", c.pinned())
                    .add("power", c.power().name());
            if (c.containerId() != null) {
                container.add("containerId", c.containerId());
            }
            if (c.problem() != null) {
                container.add("problem", c.problem());
            }
            containers.add(container);
        });
        var body = JsonValues.object()
                .add("state", view.state().name())
                .add("containers", containers)
                .add("totalCpu", view.getTotalCpu())
                .add("totalMemoryGiB", view.getTotalMemoryGiB());
        if (view.leaderNodeId() == null) {
            body.addNull("leaderNodeId");
        } else {
            body.add("leaderNodeId", view.leaderNodeId());
        }
        return body;
    }
}
