package io.hyperchain.web.api;

import io.hyperchain.web.JsonValues;
import io.hyperchain.tenant.TenantSignUp;
import io.hyperchain.web.security.Public;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import io.hyperchain.web.api.doc.AccountSchemas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** POST /api/v1/signup: {tenantName, email, password} → 201 {tenantId}. */
@Tag(name = "Account")
@Path("signup")
@RequestScoped
public class SignUpResource {

    @Inject
    TenantSignUp signUp;

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign up a new tenant", description = "Makes the tenant and its user, who may log in at once; a verification link goes by mail.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AccountSchemas.SignUp.class)))
    @APIResponse(responseCode = "201", description = "The new tenant", content = @Content(schema = @Schema(implementation = AccountSchemas.SignedUp.class)))
    @APIResponse(responseCode = "400", description = "`email.missing`, `email.invalid`, `password.tooShort`, `tenantName.length`, ...: the field is named")
    @APIResponse(responseCode = "409", description = "`email.taken`, `tenantName.taken`")
    public Response signUp(InputStream body) {
        var json = JsonBody.read(body);
        long tenantId = signUp.signUp(json.text("tenantName"), json.text("email"), json.text("password"));
        return Response.status(201).entity(JsonValues.object().add("tenantId", tenantId).build().toString())
                .build();
    }
}
