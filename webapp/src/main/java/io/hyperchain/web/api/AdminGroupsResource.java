package io.hyperchain.web.api;

import io.hyperchain.group.CommandRequest;
import io.hyperchain.group.GroupChange;
import io.hyperchain.group.GroupCommands;
import io.hyperchain.group.NodeGroups;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.api.doc.GroupSchemas;
import io.hyperchain.web.security.Access;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * P4.4, the admin's groups of nodes: GET /api/v1/admin/groups (the tree with members), POST (make
 * one), PUT /{id} (rename, move), DELETE /{id} (one that holds no groups), PUT /{id}/members, and
 * POST /{id}/commands (one command to every node the group reaches; 202, then GET
 * /api/v1/admin/group-commands/{id} until done).
 */
@Tag(name = "Admin")
@Path("admin/groups")
@RequestScoped
public class AdminGroupsResource {

    @Inject
    Caller caller;

    @Inject
    NodeGroups groups;

    @Inject
    GroupCommands commands;

    @GET
    @Access(Role.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The groups of nodes", description = "The groups at the top, each with its own nodes and the groups in it, nested.")
    @APIResponse(responseCode = "200", description = "The tree", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = GroupSchemas.Group.class)))
    public String tree() {
        caller.require(Role.ADMIN);
        return GroupJson.tree(groups.tree()).toString();
    }

    @POST
    @Access(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a group", description = "At the top, or in the group parentId.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = GroupSchemas.NewGroup.class)))
    @APIResponse(responseCode = "201", description = "The group", content = @Content(schema = @Schema(implementation = GroupSchemas.Group.class)))
    @APIResponse(responseCode = "400", description = "`name.missing`, `name.tooLong`, `name.invalid`, `parentId.type`: the field is named")
    @APIResponse(responseCode = "404", description = "`group.notFound`: no group parentId")
    @APIResponse(responseCode = "409", description = "`group.nameTaken`: a group beside it has the name")
    public Response create(InputStream body) {
        var admin = caller.require(Role.ADMIN);
        var json = JsonBody.read(body);
        var group = groups.create(json.text("name"), json.optionalId("parentId"), admin.email());
        return Response.created(URI.create("admin/groups/" + group.id())).entity(GroupJson.group(group).toString()).build();
    }

    @PUT
    @Access(Role.ADMIN)
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename or move a group", description = "name renames it; parentId moves it (null: to the top). "
            + "What is left out stays.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = GroupSchemas.Change.class)))
    @APIResponse(responseCode = "200", description = "The group", content = @Content(schema = @Schema(implementation = GroupSchemas.Group.class)))
    @APIResponse(responseCode = "400", description = "`name.missing`, `name.tooLong`, `name.invalid`, `parentId.type`: the field is named")
    @APIResponse(responseCode = "404", description = "`group.notFound`: no such group, or no group parentId")
    @APIResponse(responseCode = "409", description = "`group.cycle`: into itself or a group below it; `group.nameTaken`")
    public String change(@PathParam("id") String id, InputStream body) {
        var admin = caller.require(Role.ADMIN);
        long groupId = GroupJson.idOf(id, "group.notFound", "group");
        var json = JsonBody.read(body);
        boolean moves = json.names().contains("parentId");
        var change = new GroupChange(json.text("name"), moves, moves ? json.optionalId("parentId") : null);
        return GroupJson.group(groups.change(groupId, change, admin.email())).toString();
    }

    @DELETE
    @Access(Role.ADMIN)
    @Path("{id}")
    @Operation(summary = "Delete a group", description = "Only a group that holds no groups; its nodes stay registered, "
            + "only their membership goes. Commands sent to it stay readable.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "`group.notFound`")
    @APIResponse(responseCode = "409", description = "`group.notEmpty`: it holds groups; move or delete them first")
    public Response delete(@PathParam("id") String id) {
        var admin = caller.require(Role.ADMIN);
        groups.delete(GroupJson.idOf(id, "group.notFound", "group"), admin.email());
        return Response.noContent().build();
    }

    @PUT
    @Access(Role.ADMIN)
    @Path("{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a group's nodes", description = "Exactly these nodes are the group's own; [] empties it. A node may be in several groups.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = GroupSchemas.Members.class)))
    @APIResponse(responseCode = "200", description = "The group", content = @Content(schema = @Schema(implementation = GroupSchemas.Group.class)))
    @APIResponse(responseCode = "400", description = "`nodeIds.missing`, `nodeIds.type`, `nodeIds.tooMany`")
    @APIResponse(responseCode = "404", description = "`group.notFound`; `node.notFound` (field nodeIds)")
    public String members(@PathParam("id") String id, InputStream body) {
        var admin = caller.require(Role.ADMIN);
        long groupId = GroupJson.idOf(id, "group.notFound", "group");
        var nodeIds = JsonBody.read(body).ids("nodeIds");
        return GroupJson.group(groups.replaceMembers(groupId, nodeIds, admin.email())).toString();
    }

    @POST
    @Access(Role.ADMIN)
    @Path("{id}/commands")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a command to a group", description = "To every node the group and the groups below it hold, "
            + "groupCommandParallelism at a time, each within groupCommandTimeoutSeconds. Answers at once with every member "
            + "PENDING; GET /api/v1/admin/group-commands/{id} shows each member's result as it comes. drain, maintenance and "
            + "activate change the nodes' states as the nodes page does; health-check asks each engine; shell runs the "
            + "command with sh -c in each node's helper container (a non-zero exit code is FAILED).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = GroupSchemas.CommandRequest.class)))
    @APIResponse(responseCode = "202", description = "Sent: the command, every member PENDING", content = @Content(schema = @Schema(implementation = GroupSchemas.Command.class)))
    @APIResponse(responseCode = "400", description = "`command.missing`, `command.unknown`, `shell.missing`, `shell.tooLong`, `shell.invalid`")
    @APIResponse(responseCode = "404", description = "`group.notFound`")
    @APIResponse(responseCode = "409", description = "`group.empty`: the group and the groups in it hold no node")
    public Response command(@PathParam("id") String id, InputStream body) {
        var admin = caller.require(Role.ADMIN);
        long groupId = GroupJson.idOf(id, "group.notFound", "group");
        var json = JsonBody.read(body);
        var request = CommandRequest.of(json.text("command"), json::text);
        var sent = commands.send(groupId, request, admin.email());
        return Response.accepted(GroupJson.command(sent).toString()).location(URI.create("admin/group-commands/" + sent.id()))
                .build();
    }
}
