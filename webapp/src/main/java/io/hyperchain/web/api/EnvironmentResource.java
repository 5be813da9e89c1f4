package io.hyperchain.web.api;

import io.hyperchain.tenant.Role;
import io.hyperchain.web.JsonValues;
import io.hyperchain.environment.EnvironmentQueries;
import io.hyperchain.environment.EnvironmentService;
import io.hyperchain.environment.EnvironmentView;
import io.hyperchain.environment.GroupChange;
import io.hyperchain.environment.GroupOutcome;
import io.hyperchain.environment.GroupPower;
import io.hyperchain.environment.WorkloadPower;
import io.hyperchain.metering.ContainerUsageHistory;
import io.hyperchain.metering.HistoryRange;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import io.hyperchain.web.api.doc.EnvironmentSchemas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's environment: GET it, start it on chosen nodes, stop it, set what may move and the
 * container's group, power one container or a whole group on or off, read its containers' usage
 * history. A container is addressed by its node, as the dashboard draws it ({@link WorkloadsResource}
 * addresses it by its workload's id).
 */
@Tag(name = "Environment")
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

    @Inject
    ContainerUsageHistory usage;

    @Inject
    java.time.Clock clock;

    @Inject
    GroupPower groups;

    @GET
    @Access(Role.TENANT)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My environment", description = "The tenant's containers, their states and where they run.")
    @APIResponse(responseCode = "200", description = "The environment", content = @Content(schema = @Schema(implementation = EnvironmentSchemas.Environment.class)))
    public String get() {
        return json(queries.view(caller.tenant()));
    }

    /**
     * GET environment/usage?grain=hour|day|month (P4.3): what each of the tenant's containers used,
     * averaged per bucket — the last hour by minute, the last day by hour, the last 31 days by day.
     */
    @GET
    @Access(Role.TENANT)
    @Path("usage")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My containers' usage history", description = "Per container (by the tenant's node it stands "
            + "for), the average CPU cores, memory bytes and writable-layer disk bytes of each bucket: grain=hour is the last "
            + "hour by minute, day the last day by hour, month the last 31 days by day (hour when left out). Buckets are UTC; "
            + "a container without samples in the range is not listed.")
    @APIResponse(responseCode = "200", description = "The usage history", content = @Content(schema = @Schema(implementation = EnvironmentSchemas.Usage.class)))
    @APIResponse(responseCode = "400", description = "`grain.unknown`: the message lists hour, day and month")
    public String usage(@Parameter(description = "hour, day or month", schema = @Schema(enumeration = {"hour", "day", "month"}))
                        @QueryParam("grain") String grain) {
        var tenant = caller.tenant();
        var range = HistoryRange.ofWord(grain);
        var now = java.time.Instant.now(clock);
        var containers = JsonValues.array();
        usage.of(tenant, range, now).forEach(series -> {
            var points = JsonValues.array();
            series.points().forEach(point -> points.add(JsonValues.object().add("at", point.at().toString())
                    .add("cpuCores", point.cpuCores()).add("memoryBytes", point.memoryBytes())
                    .add("diskBytes", point.diskBytes())));
            containers.add(JsonValues.object().add("nodeId", series.nodeId()).add("nodeName", series.nodeName())
                    .add("hostNodeId", series.hostNodeId()).add("hostNodeName", series.hostNodeName())
                    .add("points", points));
        });
        return JsonValues.object().add("grain", range.word()).add("bucket", range.grain().name())
                .add("since", range.since(now).toString()).add("containers", containers).build().toString();
    }

    /**
     * {nodeIds: [...], templateId}: exactly these of the tenant's nodes run a container afterwards, from
     * that template (left out: the one it runs, or the default).
     */
    @POST
    @Access(Role.TENANT)
    @Path("start")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start the environment on chosen nodes", description = "Exactly these of the tenant's nodes run a container "
            + "afterwards, from the template given (GET /api/v1/templates); without one, the running environment keeps its "
            + "template and a stopped one starts from the default.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EnvironmentSchemas.Start.class)))
    @APIResponse(responseCode = "200", description = "The environment", content = @Content(schema = @Schema(implementation = EnvironmentSchemas.Environment.class)))
    @APIResponse(responseCode = "400", description = "`nodeIds.empty` or a field code: the field is named")
    @APIResponse(responseCode = "403", description = "`email.unverified`: the address is not verified yet")
    @APIResponse(responseCode = "404", description = "`node.notFound`: not one of the tenant's nodes; `template.notFound`")
    @APIResponse(responseCode = "409", description = "`request.busy`; `template.notReady`: no engine holds its image yet; "
            + "`template.running`: the running environment runs another template (stop it first)")
    public String start(InputStream body) {
        var tenant = caller.tenant();
        var json = JsonBody.read(body);
        var nodeIds = json.ids("nodeIds");
        return json(environments.start(tenant, nodeIds, json.optionalId("templateId")));
    }

    @POST
    @Access(Role.TENANT)
    @Path("stop")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop the environment")
    @APIResponse(responseCode = "200", description = "The environment", content = @Content(schema = @Schema(implementation = EnvironmentSchemas.Environment.class)))
    public String stop() {
        return json(environments.stop(caller.tenant()));
    }

    /**
     * PUT environment/containers/{nodeId} {kind: "service"|"batch", pinned: true|false, group: "web"|null},
     * each optional: what the tenant's container on that node runs, whether it may be moved (P1.8), and
     * its group (null: none; sql/V28). Every field is read and checked before anything changes.
     */
    @PUT
    @Access(Role.TENANT)
    @Path("containers/{nodeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a container's kind, pin and group", description = "What the container on that node runs (service or batch), whether it may be moved, and the tenant's group it is in (\"group\": null takes it out); a field left out stays as it is.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EnvironmentSchemas.ContainerSettings.class)))
    @APIResponse(responseCode = "200", description = "The environment", content = @Content(schema = @Schema(implementation = EnvironmentSchemas.Environment.class)))
    @APIResponse(responseCode = "400", description = "`kind.invalid`, `group.invalid` (1 to 40 letters, digits, '-' or '_'), or a field's type")
    @APIResponse(responseCode = "404", description = "`container.notFound`: no container of the tenant on that node")
    public String changeContainer(@PathParam("nodeId") long nodeId, InputStream body) {
        var tenant = caller.tenant();
        var json = JsonBody.read(body);
        String kind = json.text("kind");
        Boolean pinned = json.optionalBool("pinned");
        GroupChange group = json.names().contains("group") ? GroupChange.to(json.text("group")) : GroupChange.KEEP;
        return json(settings.change(tenant, nodeId, kind == null ? null : WorkloadSettings.kind(kind), pinned, group));
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
    @Operation(summary = "Power a container on or off", description = "poweron, poweroff, shutdown (graceful, then off), reset (hard restart), reboot (graceful restart) or pause; each is idempotent.")
    @APIResponse(responseCode = "200", description = "The environment afterwards", content = @Content(schema = @Schema(implementation = EnvironmentSchemas.PowerResult.class)))
    @APIResponse(responseCode = "400", description = "`action.unknown`: the message lists the actions")
    @APIResponse(responseCode = "404", description = "`container.notFound`: no container of the tenant on that node")
    @APIResponse(responseCode = "409", description = "`environment.stopped`, `container.off`, `container.notRunning`")
    @APIResponse(responseCode = "422", description = "`container.powerFailed`: the engine refused or did not answer")
    public String power(@PathParam("nodeId") long nodeId, @PathParam("action") String action) {
        var tenant = caller.tenant();
        return powered(power.act(tenant, nodeId, action));
    }

    /** The answer to one container's power action, however it was addressed. */
    static String powered(WorkloadPower.Result result) {
        return body(result.environment())
                .add("action", result.action().word())
                .add("nodeId", result.nodeId())
                .add("workloadId", result.workloadId())
                .add("changed", result.changed())
                .add("message", result.message())
                .build().toString();
    }

    /**
     * POST environment/groups/{group}/{action}, no body: the action on every container of the tenant's
     * group (sql/V28). 200 once the request is valid, even when some members failed: each member answers
     * for itself in "members", and "failures" counts those that did not.
     */
    @POST
    @Access(Role.TENANT)
    @Path("groups/{group}/{action}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Power a group of containers", description = "The same actions as for one container (poweron, poweroff, shutdown, reset, reboot, pause), on every container the tenant put in this group, a few at a time. Each member's answer is in members: done (changed true or false, with a message) or refused/failed with the code it would have had alone (e.g. container.off, container.powerFailed).")
    @APIResponse(responseCode = "200", description = "The environment afterwards and each member's answer", content = @Content(schema = @Schema(implementation = EnvironmentSchemas.GroupPowerResult.class)))
    @APIResponse(responseCode = "400", description = "`group.invalid`, `action.unknown`: the message lists the actions")
    @APIResponse(responseCode = "404", description = "`group.notFound`: the tenant has no container in that group (none while its environment is stopped)")
    public String powerGroup(@PathParam("group") String group, @PathParam("action") String action) {
        var tenant = caller.tenant();
        var result = groups.act(tenant, group, action);
        var outcome = result.outcome();
        var members = JsonValues.array();
        outcome.members().forEach(m -> members.add(member(m)));
        return body(result.environment())
                .add("group", outcome.group().value())
                .add("action", outcome.action().word())
                .add("members", members)
                .add("failures", outcome.failures())
                .build().toString();
    }

    private static jakarta.json.JsonObjectBuilder member(GroupOutcome.MemberResult m) {
        var member = JsonValues.object()
                .add("nodeId", m.nodeId())
                .add("workloadId", m.workloadId())
                .add("ok", !m.isFailed())
                .add("changed", m.changed());
        if (m.isFailed()) {
            return member.add("code", m.code()).add("error", m.message());
        }
        return member.add("message", m.message());
    }

    static String json(EnvironmentView view) {
        return body(view).build().toString();
    }

    private static jakarta.json.JsonObjectBuilder body(EnvironmentView view) {
        var containers = JsonValues.array();
        view.containers().forEach(c -> {
            var container = JsonValues.object()
                    .add("nodeId", c.nodeId())
                    .add("workloadId", c.workloadId())
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
            if (c.group() == null) {
                container.addNull("group");
            } else {
                container.add("group", c.group());
            }
            containers.add(container);
        });
        var body = JsonValues.object()
                .add("state", view.state().name());
        if (view.templateId() == null || view.templateName() == null) {
            body.addNull("templateId").addNull("templateName");
        } else {
            body.add("templateId", view.templateId()).add("templateName", view.templateName());
        }
        body.add("containers", containers)
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
