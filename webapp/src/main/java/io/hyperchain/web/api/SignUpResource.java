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

/** POST /api/v1/signup: {tenantName, email, password} → 201 {tenantId}. */
@Path("signup")
@RequestScoped
public class SignUpResource {

    @Inject
    TenantSignUp signUp;

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response signUp(InputStream body) {
        var json = JsonBody.read(body);
        long tenantId = signUp.signUp(json.text("tenantName"), json.text("email"), json.text("password"));
        return Response.status(201).entity(JsonValues.object().add("tenantId", tenantId).build().toString())
                .build();
    }
}
