package io.hyperchain.web.api;

import io.hyperchain.spare.SpareService;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** GET /api/v1/admin/spare: the current spare node (P1.5) and the period it was elected for. */
@Path("admin/spare")
@RequestScoped
public class AdminSpareResource {

    @Inject
    Caller caller;

    @Inject
    SpareService spares;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String spare() {
        caller.require(Role.ADMIN);
        var body = Json.createObjectBuilder();
        spares.current().ifPresentOrElse(
                election -> body.add("spare", Json.createObjectBuilder()
                        .add("nodeId", election.nodeId()).add("name", election.nodeName())
                        .add("period", election.periodKey()).add("averageLoad", election.averageLoad())),
                () -> body.addNull("spare"));
        return body.build().toString();
    }
}
