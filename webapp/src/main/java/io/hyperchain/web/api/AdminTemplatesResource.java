package io.hyperchain.web.api;

import io.hyperchain.template.TemplateCatalogue;
import io.hyperchain.template.TemplateImages;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.JsonValues;
import io.hyperchain.web.api.doc.TemplateSchemas;
import io.hyperchain.web.security.Access;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The template catalogue (P4.1), for admins: list, make, describe, and upload a template's image (a
 * root-filesystem tarball imported into every node in service).
 */
@Tag(name = "Admin")
@Path("admin/templates")
@RequestScoped
public class AdminTemplatesResource {

    @Inject
    Caller caller;

    @Inject
    TemplateCatalogue catalogue;

    @Inject
    TemplateImages images;

    @GET
    @Access(Role.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The template catalogue", description = "Every template, the default first, with where its image stands on each node.")
    @APIResponse(responseCode = "200", description = "The templates",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TemplateSchemas.Template.class)))
    public String list() {
        caller.require(Role.ADMIN);
        var list = JsonValues.array();
        catalogue.all().forEach(t -> list.add(TemplateJson.of(t)));
        return list.build().toString();
    }

    @POST
    @Access(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a template", description = "It waits for its image (PUT /api/v1/admin/templates/{id}/image) "
            + "unless an engine holds the image already, which the next distribution finds.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TemplateSchemas.Draft.class)))
    @APIResponse(responseCode = "201", description = "The template", content = @Content(schema = @Schema(implementation = TemplateSchemas.Template.class)))
    @APIResponse(responseCode = "400", description = "`template.nameMissing`, `template.nameInvalid`, `template.imageMissing`, "
            + "`template.imageInvalid`, `template.cpu`, `template.memoryGiB`, `template.kindMissing`, `template.kindInvalid`, "
            + "`template.descriptionMissing`, `template.descriptionTooLong`, or a field's type: the field is named")
    @APIResponse(responseCode = "409", description = "`template.nameTaken`, `template.imageTaken`, `template.notReady` "
            + "(made the default before it has an image)")
    public Response create(InputStream body) {
        var admin = caller.require(Role.ADMIN);
        var json = JsonBody.read(body);
        var draft = TemplateJson.draft(json);
        var template = catalogue.create(draft, json.bool("default", false), admin.email());
        return Response.status(201).type(MediaType.APPLICATION_JSON).entity(TemplateJson.of(template).toString()).build();
    }

    @PUT
    @Access(Role.ADMIN)
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Describe a template", description = "Name, limits, kind, descriptions, default: what is named "
            + "changes, what is left out stays. The image is fixed.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TemplateSchemas.Change.class)))
    @APIResponse(responseCode = "200", description = "The template", content = @Content(schema = @Schema(implementation = TemplateSchemas.Template.class)))
    @APIResponse(responseCode = "400", description = "A field's code, as for a new template: the field is named")
    @APIResponse(responseCode = "404", description = "`template.notFound`")
    @APIResponse(responseCode = "409", description = "`template.nameTaken`, `template.imageFixed`, `template.notReady` (the default "
            + "must be ready), `template.defaultNeeded` (the default itself cannot stop being it)")
    public String change(@PathParam("id") long id, InputStream body) {
        var admin = caller.require(Role.ADMIN);
        var json = JsonBody.read(body);
        return TemplateJson.of(catalogue.change(id, TemplateJson.change(json), json.optionalBool("default"), admin.email())).toString();
    }

    /**
     * The template's image: a root-filesystem tarball, plain or gzip, whatever the Content-Type says
     * (the bytes are judged), streamed to a temporary file up to the size limit, then imported into every
     * node in service.
     */
    @PUT
    @Access(Role.ADMIN)
    @Path("{id}/image")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a template's image", description = "A root filesystem as a tar (plain or gzip), imported into "
            + "every node in service (docker import); at most HYPERCHAIN_TEMPLATES_MAXUPLOADMIB (512 MiB by default). "
            + "200 when every engine is done (each node's result in nodes), 202 when some are still importing: "
            + "GET the catalogue to follow them.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/x-tar", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/gzip", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Imported: the template, each node's result in nodes",
            content = @Content(schema = @Schema(implementation = TemplateSchemas.Template.class)))
    @APIResponse(responseCode = "202", description = "Still importing on some engines: the template so far",
            content = @Content(schema = @Schema(implementation = TemplateSchemas.Template.class)))
    @APIResponse(responseCode = "400", description = "`template.notTar`: not a tar archive; `body.unreadable`")
    @APIResponse(responseCode = "404", description = "`template.notFound`")
    @APIResponse(responseCode = "409", description = "`template.busy`: an upload is being imported; `template.baseImage`: the nodes' base image is not uploaded")
    @APIResponse(responseCode = "413", description = "`template.tooLarge`: over the size limit")
    public Response upload(@PathParam("id") long id, InputStream body) {
        var admin = caller.require(Role.ADMIN);
        var received = images.receive(id, body, admin.email());
        return Response.status(received.done() ? 200 : 202).type(MediaType.APPLICATION_JSON)
                .entity(TemplateJson.of(received.template()).toString()).build();
    }
}
