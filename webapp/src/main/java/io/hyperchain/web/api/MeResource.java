package io.hyperchain.web.api;

import io.hyperchain.web.JsonValues;
import io.hyperchain.web.security.Caller;
import io.hyperchain.web.security.CsrfToken;
import io.hyperchain.web.security.LoggedIn;
import io.hyperchain.web.security.TokenGrant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** GET /api/v1/me: who am I, my tenant, my roles, and the CSRF token for session-borne writes. */
@Path("me")
@RequestScoped
public class MeResource {

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @GET
    @LoggedIn
    @Produces(MediaType.APPLICATION_JSON)
    public String me() {
        var me = caller.profile();
        var roles = JsonValues.array();
        me.roles().forEach(role -> roles.add(role.name()));
        var body = JsonValues.object()
                .add("userId", me.userId())
                .add("email", me.email())
                .add("roles", roles);
        if (TokenGrant.of(request).isPresent()) {
            body.addNull("csrfToken"); // a token request has no session, and makes none
        } else {
            body.add("csrfToken", CsrfToken.of(request.getSession()));
        }
        if (me.tenantId() == null) {
            body.addNull("tenantId").addNull("tenantName");
        } else {
            body.add("tenantId", me.tenantId()).add("tenantName", me.tenantName());
        }
        return body.build().toString();
    }
}
