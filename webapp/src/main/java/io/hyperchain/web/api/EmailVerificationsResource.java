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

/**
 * POST /api/v1/email-verifications/confirm {token} → 204: the token of the sign-up mail's link
 * verifies the address, as opening the link does. 400 {@code token.invalid}, 410 {@code token.used}
 * or {@code token.expired}. Public: whoever holds the mail holds the token.
 */
@Path("email-verifications")
@RequestScoped
public class EmailVerificationsResource {

    @Inject
    EmailVerification verification;

    @POST
    @Public
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirm(InputStream body) {
        verification.confirm(JsonBody.read(body).text("token"));
        return Response.noContent().build();
    }
}
