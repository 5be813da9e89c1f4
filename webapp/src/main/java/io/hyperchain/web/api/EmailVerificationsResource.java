package io.hyperchain.web.api;

import io.hyperchain.tenant.EmailVerification;
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
 * POST /api/v1/email-verifications/confirm {token} → 204: the token of the sign-up mail's link
 * verifies the address, as opening the link does. 400 {@code token.invalid}, 410 {@code token.used}
 * or {@code token.expired}. Public: whoever holds the mail holds the token.
 */
@Tag(name = "Account")
@Path("email-verifications")
@RequestScoped
public class EmailVerificationsResource {

    @Inject
    EmailVerification verification;

    @POST
    @Public
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify an e-mail address", description = "The token of the sign-up mail's link verifies the address, as opening the link does.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AccountSchemas.EmailVerification.class)))
    @APIResponse(responseCode = "204", description = "Verified")
    @APIResponse(responseCode = "400", description = "`token.invalid`")
    @APIResponse(responseCode = "410", description = "`token.used`, `token.expired`")
    public Response confirm(InputStream body) {
        verification.confirm(JsonBody.read(body).text("token"));
        return Response.noContent().build();
    }
}
