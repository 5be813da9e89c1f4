package io.hyperchain.web.api;

import io.hyperchain.web.JsonValues;
import io.hyperchain.storage.Disks;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Access;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import io.hyperchain.web.api.doc.EnvironmentSchemas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /api/v1/admin/disks: every tenant's disks; a sub disk running low is flagged (subDiskLow). */
@Tag(name = "Admin")
@Path("admin/disks")
@RequestScoped
public class AdminDisksResource {

    @Inject
    Caller caller;

    @Inject
    Disks disks;

    @GET
    @Access(Role.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every tenant's disks", description = "A sub disk running low is flagged (subDiskLow).")
    @APIResponse(responseCode = "200", description = "The disks", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EnvironmentSchemas.Disk.class)))
    public String list() {
        caller.require(Role.ADMIN);
        var list = JsonValues.array();
        disks.allDisks().forEach(disk -> list.add(DisksResource.json(disk)));
        return list.build().toString();
    }
}
