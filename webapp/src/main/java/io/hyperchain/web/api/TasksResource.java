package io.hyperchain.web.api;

import io.hyperchain.shared.TenantContext;
import io.hyperchain.task.CommandWords;
import io.hyperchain.task.MachineLoad;
import io.hyperchain.task.OutputChunk;
import io.hyperchain.task.TaskOrder;
import io.hyperchain.task.TaskView;
import io.hyperchain.task.Tasks;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.JsonValues;
import io.hyperchain.web.api.doc.TaskSchemas;
import io.hyperchain.web.security.Access;
import io.hyperchain.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The environment's task manager (P1.7): run a command where there is room, list every node's
 * tasks as one machine's, follow a task's output, kill it. The same service as the Tasks page and
 * {@code hc} in the leader's shell.
 */
@Tag(name = "Tasks")
@Path("environment/tasks")
@RequestScoped
public class TasksResource {

    /** How long a followed output is followed at most; the caller asks again from where it stopped. */
    static final Duration FOLLOW_AT_MOST = Duration.ofMinutes(10);
    private static final long FOLLOW_EVERY_MILLIS = 1000;

    @Inject
    Caller caller;

    @Inject
    Tasks tasks;

    @POST
    @Access(Role.TENANT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run a command in my environment", description = "On the running container with the most room "
            + "(or the named node's), as Docker exec of the argument vector: no shell sees it unless the command is one.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TaskSchemas.Order.class)))
    @APIResponse(responseCode = "201", description = "Running", content = @Content(schema = @Schema(implementation = TaskSchemas.Task.class)))
    @APIResponse(responseCode = "400", description = "`task.commandMissing`, `task.commandTooLong`, `command.syntax`, "
            + "`task.cpuInvalid`, `task.memoryInvalid`, `task.kindInvalid`: the field is named")
    @APIResponse(responseCode = "404", description = "`node.notFound`: no running container of the tenant's is on that node")
    @APIResponse(responseCode = "409", description = "`environment.notRunning`, `tasks.noContainer`, `tasks.full` (the "
            + "message says what running tasks reserve of the environment's cores and memory)")
    @APIResponse(responseCode = "422", description = "`task.startFailed`: the node's engine did not start it")
    public Response run(InputStream body) {
        var json = JsonBody.read(body);
        var order = TaskOrder.of(json.words("command", CommandWords::split), number(json.decimal("cpu")),
                number(json.decimal("memoryGiB")), json.text("kind"), json.text("node"));
        TaskView task = tasks.run(caller.tenant(), order);
        return Response.status(201).header("Location", "api/v1/environment/tasks/" + task.id() + "/output")
                .entity(json(task).build().toString()).build();
    }

    @GET
    @Access(Role.TENANT)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My environment's tasks", description = "The environment as one machine, and its newest 50 tasks "
            + "on every node, newest first; what runs is read from its node now (CPU, memory, the output's tail).")
    @APIResponse(responseCode = "200", description = "The machine and the tasks", content = @Content(schema = @Schema(implementation = TaskSchemas.TaskList.class)))
    public String list() {
        var overview = tasks.overview(caller.tenant());
        var list = JsonValues.array();
        overview.tasks().forEach(t -> list.add(json(t)));
        return JsonValues.object().add("machine", json(overview.machine())).add("tasks", list).build().toString();
    }

    @GET
    @Access(Role.TENANT)
    @Path("{id}/output")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "A task's output", description = "Its output (stdout and stderr as they came) from byte `from`; "
            + "with follow (the default) the answer goes on while the task runs, for 10 minutes at most. The node keeps the "
            + "last 256 to 512 KiB: X-Output-Start says where the answer starts when earlier bytes were dropped, and "
            + "X-Task-State how the task stood at the first read.")
    @APIResponse(responseCode = "200", description = "The output, as text", content = @Content(mediaType = "text/plain",
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "`task.notFound`")
    public Response output(@PathParam("id") long id,
                           @Parameter(description = "The byte to start at") @QueryParam("from") @DefaultValue("0") long from,
                           @Parameter(description = "Go on while it runs") @QueryParam("follow") @DefaultValue("true") boolean follow) {
        TenantContext tenant = caller.tenant();
        OutputChunk first = tasks.output(tenant, id, Math.max(0, from));
        StreamingOutput stream = out -> {
            out.write(first.bytes());
            out.flush();
            if (follow && !first.state().ended()) {
                follow(tenant, id, first.next(), out);
            }
        };
        return Response.ok(stream, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("X-Output-Start", first.from()).header("X-Task-State", first.state().word()).build();
    }

    /** Reads on every second while the task runs, then once more for what it printed last. */
    private void follow(TenantContext tenant, long id, long from, OutputStream out) throws java.io.IOException {
        long deadline = System.nanoTime() + FOLLOW_AT_MOST.toNanos();
        long next = from;
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(FOLLOW_EVERY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            OutputChunk chunk = tasks.output(tenant, id, next);
            out.write(chunk.bytes());
            out.flush();
            next = chunk.next();
            if (chunk.state().ended()) {
                return;
            }
        }
    }

    @DELETE
    @Access(Role.TENANT)
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Kill a task", description = "SIGTERM to its processes, SIGKILL to what is left after 3 s. One that "
            + "has ended is answered as it ended.")
    @APIResponse(responseCode = "200", description = "The task afterwards", content = @Content(schema = @Schema(implementation = TaskSchemas.Task.class)))
    @APIResponse(responseCode = "404", description = "`task.notFound`")
    public String kill(@PathParam("id") long id) {
        return json(tasks.kill(caller.tenant(), id)).build().toString();
    }

    static JsonObjectBuilder json(TaskView t) {
        var command = JsonValues.array();
        t.argv().forEach(command::add);
        var json = JsonValues.object().add("id", t.id()).add("command", command).add("line", t.line())
                .add("nodeId", t.nodeId()).add("nodeName", t.nodeName()).add("kind", t.kind().word())
                .add("state", t.state().word()).add("startedAt", t.startedAt().toString())
                .add("cpu", t.cpu()).add("memoryGiB", t.memoryGiB());
        nullable(json, "exitCode", t.exitCode());
        nullable(json, "endedAt", t.endedAt() == null ? null : t.endedAt().toString());
        nullable(json, "cpuNow", t.cpuNow() == null ? null : Math.round(t.cpuNow() * 100) / 100.0);
        nullable(json, "memoryKiBNow", t.memoryKiBNow());
        nullable(json, "outputTail", t.tail());
        nullable(json, "restartedFrom", t.restartedFrom());
        return json;
    }

    private static JsonObjectBuilder json(MachineLoad m) {
        var json = JsonValues.object().add("nodes", m.nodes()).add("cores", m.cores()).add("memoryGiB", m.memoryGiB())
                .add("reservedCpu", m.reservedCpu()).add("reservedMemoryGiB", m.reservedMemoryGiB());
        nullable(json, "busyPercent", m.busyPercent());
        return json;
    }

    private static void nullable(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else if (value instanceof Integer i) {
            json.add(name, i);
        } else if (value instanceof Long l) {
            json.add(name, l);
        } else if (value instanceof Double d) {
            json.add(name, d);
        } else {
            json.add(name, value.toString());
        }
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
