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

/** GET /api/v1/notifications: what the caller's tenant was told, newest first (staff: none). */
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
    public String list() {
        var list = JsonValues.array();
        caller.profile().tenantContext().ifPresent(tenant -> notifications.of(tenant).forEach(notice -> list.add(
                JsonValues.object().add("id", notice.id()).add("kind", notice.kind()).add("text", notice.text())
                        .add("createdAt", notice.createdAt().toString()))));
        return list.build().toString();
    }
}
