package io.hyperchain.web.api;

import io.hyperchain.group.GroupCommands;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.api.doc.GroupSchemas;
import io.hyperchain.web.security.Access;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /api/v1/admin/group-commands/{id}: a group command and every member's result, from any portal instance. */
@Tag(name = "Admin")
@Path("admin/group-commands")
@RequestScoped
public class AdminGroupCommandsResource {

    @Inject
    Caller caller;

    @Inject
    GroupCommands commands;

    @GET
    @Access(Role.ADMIN)
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A group command and its results", description = "One result per member node: PENDING, OK (with "
            + "output or message), FAILED (the engine's message, or the exit code) or TIMED_OUT. A member still PENDING "
            + "after deadlineAt (the portal instance carrying it out stopped) is shown TIMED_OUT.")
    @APIResponse(responseCode = "200", description = "The command", content = @Content(schema = @Schema(implementation = GroupSchemas.Command.class)))
    @APIResponse(responseCode = "404", description = "`groupCommand.notFound`")
    public String one(@PathParam("id") String id) {
        caller.require(Role.ADMIN);
        return GroupJson.command(commands.read(GroupJson.idOf(id, "groupCommand.notFound", "group command"))).toString();
    }
}
