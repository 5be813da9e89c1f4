package io.hyperchain.web.api;

import io.hyperchain.web.JsonValues;
import io.hyperchain.notify.Notifications;
import io.hyperchain.web.security.Caller;
import io.hyperchain.web.security.LoggedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import io.hyperchain.web.api.doc.AccountSchemas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /api/v1/notifications: what the caller's tenant was told, newest first (staff: none). */
@Tag(name = "Account")
@Path("notifications")
@RequestScoped
public class NotificationsResource {

    @Inject
    Caller caller;

    @Inject
    Notifications notifications;

    @GET
    @LoggedIn
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My tenant's notifications", description = "Newest first; staff have none.")
    @APIResponse(responseCode = "200", description = "The notifications", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AccountSchemas.Notification.class)))
    public String list() {
        var list = JsonValues.array();
        caller.profile().tenantContext().ifPresent(tenant -> notifications.of(tenant).forEach(notice -> list.add(
                JsonValues.object().add("id", notice.id()).add("kind", notice.kind()).add("text", notice.text())
                        .add("createdAt", notice.createdAt().toString()))));
        return list.build().toString();
    }
}
