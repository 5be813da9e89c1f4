package io.hyperchain.web.api;

import io.hyperchain.web.JsonValues;
import io.hyperchain.jobs.JobRunner;
import io.hyperchain.jobs.JobRuns;
import io.hyperchain.jobs.PortalJob;
import io.hyperchain.jobs.PortalScheduler;
import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Access;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import io.hyperchain.web.api.doc.AdminSchemas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The admin's view of the scheduled jobs: schedules and history (GET /admin/jobs), a new schedule
 * (PUT /admin/jobs/{job}/schedule {cron}), and a run now (POST /admin/jobs/{job}/run).
 */
@Tag(name = "Admin")
@Path("admin/jobs")
@RequestScoped
public class AdminJobsResource {

    @Inject
    Caller caller;

    @Inject
    JobRunner runner;

    @Inject
    JobRuns runs;

    @Inject
    PortalScheduler scheduler;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    io.hyperchain.billing.BillingClose billingClose;

    @Inject
    io.hyperchain.billing.MonthlyUsage usage;

    @GET
    @Access(Role.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The scheduled jobs", description = "Their schedules and last runs.")
    @APIResponse(responseCode = "200", description = "The jobs", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AdminSchemas.Job.class)))
    public String list() {
        caller.require(Role.ADMIN);
        var jobs = JsonValues.array();
        for (PortalJob job : PortalJob.values()) {
            var history = JsonValues.array();
            runs.recent(job, 10).forEach(run -> {
                var line = JsonValues.object().add("period", run.periodKey()).add("trigger", run.trigger())
                        .add("instance", run.instance()).add("startedAt", run.startedAt().toString())
                        .add("outcome", run.outcome());
                if (run.finishedAt() != null) {
                    line.add("finishedAt", run.finishedAt().toString());
                }
                if (run.detail() != null) {
                    line.add("detail", run.detail());
                }
                if (run.cost() != null) {
                    line.add("cpuMicros", run.cost().cpuMicros());
                    if (run.cost().coreSharePerNode() != null) {
                        line.add("coreSharePerNode", run.cost().coreSharePerNode());
                    }
                }
                history.add(line);
            });
            jobs.add(JsonValues.object().add("job", job.id()).add("cron", runs.cron(job)).add("runs", history));
        }
        return jobs.build().toString();
    }

    @PUT
    @Access(Role.ADMIN)
    @Path("{job}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a job's schedule")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AdminSchemas.Schedule.class)))
    @APIResponse(responseCode = "200", description = "The new schedule", content = @Content(schema = @Schema(implementation = AdminSchemas.Scheduled.class)))
    @APIResponse(responseCode = "400", description = "A bad cron expression: the field is named")
    @APIResponse(responseCode = "404", description = "`job.unknown`")
    public String schedule(@PathParam("job") String id, InputStream body) {
        var admin = caller.require(Role.ADMIN);
        var job = job(id);
        String cron = JsonBody.read(body).text("cron");
        scheduler.changeSchedule(job, cron);
        audit.record(admin.email(), "job.schedule", job.id() + " " + cron);
        return JsonValues.object().add("job", job.id()).add("cron", runs.cron(job)).build().toString();
    }

    @POST
    @Access(Role.ADMIN)
    @Path("{job}/run")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run a job now", description = "For billing-close, month=YYYY-MM closes that month at once, the grace waived.")
    @APIResponse(responseCode = "200", description = "The run", content = @Content(schema = @Schema(implementation = AdminSchemas.RunResult.class)))
    @APIResponse(responseCode = "400", description = "`month.format`")
    @APIResponse(responseCode = "404", description = "`job.unknown`")
    public String run(@PathParam("job") String id, @jakarta.ws.rs.QueryParam("month") String month) {
        var admin = caller.require(Role.ADMIN);
        var job = job(id);
        if (job == PortalJob.BILLING_CLOSE && month != null) {
            // an admin closes a given month at once: drafted and finalized, the grace waived
            var outcome = billingClose.close(usage.month(month), true);
            audit.record(admin.email(), "job.run", job.id() + " " + outcome.month());
            return JsonValues.object().add("job", job.id()).add("period", outcome.month()).add("outcome", "DONE")
                    .add("detail", outcome.toString()).add("drafted", outcome.drafted())
                    .add("finalized", outcome.finalized()).build().toString();
        }
        var result = runner.run(job, Instant.now(clock), "admin");
        audit.record(admin.email(), "job.run", job.id());
        JsonObjectBuilder reply = JsonValues.object().add("job", job.id()).add("period", result.periodKey())
                .add("outcome", result.outcome()).add("detail", result.detail());
        result.figures().forEach((name, value) -> {
            if (value instanceof Double real) {
                reply.add(name, real);
            } else if (value instanceof Number whole) {
                reply.add(name, whole.longValue());
            } else {
                reply.add(name, String.valueOf(value));
            }
        });
        return reply.build().toString();
    }

    private static PortalJob job(String id) {
        return PortalJob.byId(id).orElseThrow(() -> new DomainException(Problem.NOT_FOUND, "job.unknown", "job",
                "There is no job called " + id + "."));
    }
}
