package io.hyperchain.web.api;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.token.ApiTokens;
import io.hyperchain.token.TokenView;
import io.hyperchain.web.JsonValues;
import io.hyperchain.web.security.Caller;
import io.hyperchain.web.security.LoggedIn;
import io.hyperchain.web.security.TokenGrant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Instant;
import io.hyperchain.web.api.doc.AccountSchemas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's API tokens, for every role: GET /api/v1/tokens (no secrets), POST /api/v1/tokens
 * {name, scopes, expiresInDays} → 201 with the secret, once; DELETE /api/v1/tokens/{id} → 204.
 * Making and revoking need a password login or a session: with a token they are 403
 * {@code token.notAllowed}.
 */
@Tag(name = "Tokens")
@Path("tokens")
@RequestScoped
@LoggedIn // every user holds its own tokens, whatever its role
public class TokensResource {

    @Inject
    Caller caller;

    @Inject
    ApiTokens tokens;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My API tokens", description = "Without their secrets.")
    @APIResponse(responseCode = "200", description = "The tokens", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AccountSchemas.Token.class)))
    public String list() {
        var list = JsonValues.array();
        tokens.list(caller.profile()).forEach(token -> list.add(json(token)));
        return list.build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make an API token", description = "The secret is in the answer this once. Needs a password login or a session.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AccountSchemas.TokenRequest.class)))
    @APIResponse(responseCode = "201", description = "The token with its secret", content = @Content(schema = @Schema(implementation = AccountSchemas.IssuedToken.class)))
    @APIResponse(responseCode = "400", description = "`token.name`, `token.scope`, `token.expiry`: the field is named")
    @APIResponse(responseCode = "403", description = "`token.notAllowed`: a token may not make tokens")
    @APIResponse(responseCode = "409", description = "`token.tooMany`")
    public Response create(InputStream body) {
        TokenGrant.refuseToken(request);
        var owner = caller.profile();
        var json = JsonBody.read(body);
        var issued = tokens.create(owner, json.text("name"), json.texts("scopes"), json.whole("expiresInDays"));
        return Response.status(201).header("Cache-Control", "no-store") // the secret, this once: no cache keeps it
                .entity(json(issued.token()).add("token", issued.secret()).build().toString()).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke one of my API tokens")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "403", description = "`token.notAllowed`: a token may not revoke tokens")
    @APIResponse(responseCode = "404", description = "`token.notFound`")
    public Response revoke(@PathParam("id") String id) {
        TokenGrant.refuseToken(request);
        tokens.revoke(caller.profile(), idOf(id));
        return Response.noContent().build();
    }

    private static long idOf(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new DomainException(Problem.NOT_FOUND, "token.notFound", null, "No such token.");
        }
    }

    static JsonObjectBuilder json(TokenView token) {
        var scopes = JsonValues.array();
        token.scope().names().forEach(scopes::add);
        var body = JsonValues.object()
                .add("id", token.id()).add("name", token.name()).add("prefix", token.shownPrefix())
                .add("scopes", scopes).add("state", token.state().name())
                .add("createdAt", token.createdAt().toString()).add("expiresAt", token.expiresAt().toString());
        instant(body, "lastUsedAt", token.lastUsedAt());
        instant(body, "revokedAt", token.revokedAt());
        return body;
    }

    private static void instant(JsonObjectBuilder body, String field, Instant value) {
        if (value == null) {
            body.addNull(field);
        } else {
            body.add(field, value.toString());
        }
    }
}
