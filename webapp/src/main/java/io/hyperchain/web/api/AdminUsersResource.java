package io.hyperchain.web.api;

import io.hyperchain.tenant.EmailVerification;
import io.hyperchain.tenant.Role;
import io.hyperchain.tenant.StaffAccounts;
import io.hyperchain.web.JsonValues;
import io.hyperchain.web.security.Access;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import io.hyperchain.web.api.doc.AdminSchemas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Accounts an admin looks after: staff accounts it makes (POST /admin/users), and the
 * address of a tenant whose verification mail does not arrive, vouched for by hand
 * (POST /admin/users/{email}/verify → 204; audited).
 */
@Tag(name = "Admin")
@Path("admin/users")
@RequestScoped
public class AdminUsersResource {

    @Inject
    Caller caller;

    @Inject
    StaffAccounts staff;

    @Inject
    EmailVerification verification;

    @POST
    @Access(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a staff account")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AdminSchemas.StaffRequest.class)))
    @APIResponse(responseCode = "201", description = "The account", content = @Content(schema = @Schema(implementation = AdminSchemas.StaffAccount.class)))
    @APIResponse(responseCode = "400", description = "`role.unknown` or an e-mail or password code: the field is named")
    @APIResponse(responseCode = "409", description = "`email.taken`")
    public Response createUser(InputStream body) {
        var admin = caller.require(Role.ADMIN);
        var json = JsonBody.read(body);
        String email = json.text("email");
        String role = json.text("role");
        long id = staff.create(email, json.text("password"), role, admin.email());
        return Response.status(201).entity(JsonValues.object().add("id", id).add("email", email.trim().toLowerCase(java.util.Locale.ROOT))
                .add("role", role).build().toString()).build();
    }

    /** 204, also when it was verified already; 404 {@code account.notFound} when no account has the address. */
    @POST
    @Access(Role.ADMIN)
    @Path("{email}/verify")
    @Operation(summary = "Vouch for a tenant's e-mail address", description = "Also when it was verified already; audited.")
    @APIResponse(responseCode = "204", description = "Verified")
    @APIResponse(responseCode = "404", description = "`account.notFound`")
    public Response verifyEmail(@PathParam("email") String email) {
        verification.verifyByAdmin(email, caller.require(Role.ADMIN).email());
        return Response.noContent().build();
    }
}
