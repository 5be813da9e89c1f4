package io.hyperchain.web.api;

import io.hyperchain.tenant.PasswordReset;
import io.hyperchain.web.security.Public;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

/**
 * A forgotten password, for scripts: POST /api/v1/password-resets {email} → 202 whether or not an
 * account has the address (a link goes by mail when one does); POST /password-resets/confirm
 * {token, newPassword} → 204, every session of the account ended.
 */
@Tag(name = "Account")
@Path("password-resets")
@RequestScoped
public class PasswordResetsResource {

    @Inject
    PasswordReset reset;

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a password reset link", description = "Answers alike whether or not an account has the address; a link goes by mail when one does.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AccountSchemas.PasswordResetRequest.class)))
    @APIResponse(responseCode = "202", description = "Asked")
    public Response request(InputStream body) {
        reset.request(JsonBody.read(body).text("email"));
        return Response.accepted().build();
    }

    /** 400 {@code token.invalid} or a {@code password.*} code on newPassword; 410 {@code token.used} or {@code token.expired}. */
    @POST
    @Public
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a new password with a reset link", description = "Every session of the account ends.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AccountSchemas.PasswordReset.class)))
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "`token.invalid` or a `password.*` code on newPassword")
    @APIResponse(responseCode = "410", description = "`token.used`, `token.expired`")
    public Response confirm(InputStream body) {
        var json = JsonBody.read(body);
        reset.confirm(json.text("token"), json.text("newPassword"));
        return Response.noContent().build();
    }
}
