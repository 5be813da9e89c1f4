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
import io.hyperchain.web.api.doc.AccountSchemas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /api/v1/me: who am I, my tenant, my roles, whether my e-mail is verified, and the CSRF token
 * for session-borne writes. POST /me/password changes my password (my other sessions end), POST
 * /me/email-verification mails me a new verification link.
 */
@Tag(name = "Account")
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
    @Operation(summary = "Who am I", description = "The caller, its tenant and roles, and the CSRF token for writes on the session cookie.")
    @APIResponse(responseCode = "200", description = "The caller", content = @Content(schema = @Schema(implementation = AccountSchemas.Me.class)))
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
    @Operation(summary = "Change my password", description = "Every other session of the account ends; this one stays.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AccountSchemas.PasswordChange.class)))
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "`password.wrong`, `password.missing` (currentPassword) or a `password.*` code on newPassword")
    @APIResponse(responseCode = "429", description = "`login.throttled`: too many wrong current passwords")
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
    @Operation(summary = "Mail me a new verification link")
    @APIResponse(responseCode = "202", description = "The link is on its way")
    @APIResponse(responseCode = "409", description = "`email.alreadyVerified`")
    @APIResponse(responseCode = "429", description = "`verification.tooSoon`")
    public Response resendVerification() {
        verification.resend(caller.profile().email());
        return Response.accepted().build();
    }
}
