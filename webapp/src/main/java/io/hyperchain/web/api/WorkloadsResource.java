package io.hyperchain.web.api;

import io.hyperchain.environment.WorkloadPower;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.api.doc.EnvironmentSchemas;
import io.hyperchain.web.security.Access;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's containers addressed by their workload's id, as issue 14 words the power controls
 * (P4.2): the id is each container's {@code workloadId} in GET /api/v1/environment. The same actions,
 * rules and answer as {@code POST environment/containers/{nodeId}/{action}}, by the same service.
 */
@Tag(name = "Environment")
@Path("workloads")
@RequestScoped
public class WorkloadsResource {

    @Inject
    Caller caller;

    @Inject
    WorkloadPower power;

    @POST
    @Access(Role.TENANT)
    @Path("{id}/{action}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Power a container, by its workload id", description = "poweron, poweroff, shutdown (graceful, then off), reset (hard restart), reboot (graceful restart) or pause, on the container whose workloadId GET /api/v1/environment shows; each is idempotent. A workload id changes when the environment is stopped and started again.")
    @APIResponse(responseCode = "200", description = "The environment afterwards", content = @Content(schema = @Schema(implementation = EnvironmentSchemas.PowerResult.class)))
    @APIResponse(responseCode = "400", description = "`action.unknown`: the message lists the actions")
    @APIResponse(responseCode = "404", description = "`workload.notFound`: no container of the tenant has that id now (another tenant's id alike)")
    @APIResponse(responseCode = "409", description = "`container.off`, `container.notRunning`")
    @APIResponse(responseCode = "422", description = "`container.powerFailed`: the engine refused or did not answer")
    public String power(@PathParam("id") long id, @PathParam("action") String action) {
        return EnvironmentResource.powered(power.actOnWorkload(caller.tenant(), id, action));
    }
}
