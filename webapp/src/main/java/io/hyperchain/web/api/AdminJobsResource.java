package io.hyperchain.web.api;

import io.hyperchain.environment.EnvironmentReconciler;
import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** POST /api/v1/admin/jobs/{job}/run: an admin runs a job now instead of waiting for its schedule. */
@Path("admin/jobs/{job}/run")
@RequestScoped
public class AdminJobsResource {

    @Inject
    Caller caller;

    @Inject
    EnvironmentReconciler reconciler;

    @Inject
    AuditLog audit;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public String run(@PathParam("job") String job) {
        var admin = caller.require(Role.ADMIN);
        if (!"node-health".equals(job)) {
            throw new DomainException(Problem.NOT_FOUND, "job.unknown", "job", "There is no job called " + job + ".");
        }
        var outcome = reconciler.reconcile();
        audit.record(admin.email(), "job.run", job);
        return Json.createObjectBuilder()
                .add("job", job)
                .add("checked", outcome.checked())
                .add("restarted", outcome.restarted())
                .add("failed", outcome.failed())
                .add("orphansRemoved", outcome.orphansRemoved())
                .add("nodesUnreachable", outcome.nodesUnreachable())
                .build().toString();
    }
}
