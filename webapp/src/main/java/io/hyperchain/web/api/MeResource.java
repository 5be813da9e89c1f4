package io.hyperchain.web.api;

import io.hyperchain.tenant.EmailVerification;
import io.hyperchain.tenant.LoginSource;
import io.hyperchain.tenant.PasswordChange;
import io.hyperchain.web.JsonValues;
import io.hyperchain.web.security.Caller;
import io.hyperchain.web.security.CsrfToken;
import io.hyperchain.web.security.LoggedIn;
import io.hyperchain.web.security.TokenGrant;
import io.hyperchain.web.security.SessionGeneration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * GET /api/v1/me: who am I, my tenant, my roles, whether my e-mail is verified, and the CSRF token
 * for session-borne writes. POST /me/password changes my password (my other sessions end), POST
 * /me/email-verification mails me a new verification link.
 */
@Path("") // with the other "" resources: a class at "me" would take over /me/close (BillingResource)
@RequestScoped
public class MeResource {

    @Inject
    Caller caller;

    @Inject
    PasswordChange passwordChange;

    @Inject
    EmailVerification verification;

    @Context
    HttpServletRequest request;

    @GET
    @LoggedIn
    @Path("me")
    @Produces(MediaType.APPLICATION_JSON)
    public String me() {
        var me = caller.profile();
        var roles = JsonValues.array();
        me.roles().forEach(role -> roles.add(role.name()));
        var body = JsonValues.object()
                .add("userId", me.userId())
                .add("email", me.email())
                .add("emailVerified", me.emailVerified())
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

    /**
     * {currentPassword, newPassword} → 204. Every other session of the account ends; this one (if the
     * call came with one) stays. 400 {@code password.wrong} for a wrong current password (counted
     * like a failed login), 400 {@code password.*} on newPassword for one the rule refuses.
     */
    @POST
    @LoggedIn
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(InputStream body) {
        var me = caller.profile();
        var json = JsonBody.read(body);
        int generation = passwordChange.change(me.email(), json.text("currentPassword"), json.text("newPassword"),
                LoginSource.of(request.getRemoteAddr()));
        var session = request.getSession(false);
        if (session != null) {
            SessionGeneration.remember(session, generation);
        }
        return Response.noContent().build();
    }

    /** A new verification link by mail → 202; 409 {@code email.alreadyVerified}, 429 {@code verification.tooSoon}. */
    @POST
    @LoggedIn
    @Path("me/email-verification")
    public Response resendVerification() {
        verification.resend(caller.profile().email());
        return Response.accepted().build();
    }
}
