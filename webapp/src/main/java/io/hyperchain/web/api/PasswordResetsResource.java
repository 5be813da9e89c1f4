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

/**
 * A forgotten password, for scripts: POST /api/v1/password-resets {email} → 202 whether or not an
 * account has the address (a link goes by mail when one does); POST /password-resets/confirm
 * {token, newPassword} → 204, every session of the account ended.
 */
@Path("password-resets")
@RequestScoped
public class PasswordResetsResource {

    @Inject
    PasswordReset reset;

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(InputStream body) {
        reset.request(JsonBody.read(body).text("email"));
        return Response.accepted().build();
    }

    /** 400 {@code token.invalid} or a {@code password.*} code on newPassword; 410 {@code token.used} or {@code token.expired}. */
    @POST
    @Public
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirm(InputStream body) {
        var json = JsonBody.read(body);
        reset.confirm(json.text("token"), json.text("newPassword"));
        return Response.noContent().build();
    }
}
