package io.hyperchain.task;

import io.hyperchain.docker.DockerClients;
import io.hyperchain.docker.DockerHost;
import io.hyperchain.docker.ExecToEnd;
import io.hyperchain.docker.OutputTail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The task manager's engine half: each call one exec of a {@link NodeScript} in a tenant's
 * container, over the node's own Docker API (TLS for a remote engine).
 */
@ApplicationScoped
public class TaskExecs {

    private static final Duration SHORT = Duration.ofSeconds(20);
    /** More than the 512 KiB of output a task keeps, and its header. */
    private static final int MAX_READ = 1024 * 1024;

    @Inject
    DockerClients clients;

    /** Starts the task and returns once its process runs; fails with what the container said. */
    public void run(DockerHost host, String containerId, long taskId, List<String> argv) {
        var said = new OutputTail(2000);
        Long exit = ExecToEnd.run(clients.streamingFor(host), containerId,
                NodeScript.RUN.command(List.of(Long.toString(taskId)), argv), SHORT, (stream, bytes) -> said.add(bytes));
        if (exit == null || exit != 0 || !said.text().contains("started")) {
            throw new ExecToEnd.Failed("the container did not start the task (exit " + exit + "): " + said.text().strip());
        }
    }

    /** Every task the container knows of, by id. */
    public Map<Long, TaskReading> readings(DockerHost host, String containerId) {
        var out = new OutputTail(256 * 1024);
        ExecToEnd.run(clients.streamingFor(host), containerId, NodeScript.STATS.command(), SHORT,
                (stream, bytes) -> out.add(bytes));
        return TaskReading.parse(out.text());
    }

    /** The task's output from byte {@code from}; empty when the container holds no such task (lost with it). */
    public Optional<OutputChunk> read(DockerHost host, String containerId, long taskId, long from) {
        var out = new ByteArrayOutputStream();
        Long exit = ExecToEnd.run(clients.streamingFor(host), containerId,
                NodeScript.READ.command(Long.toString(taskId), Long.toString(Math.max(0, from))), SHORT, (stream, bytes) -> {
                    synchronized (out) {
                        if (out.size() < MAX_READ && stream != com.github.dockerjava.api.model.StreamType.STDERR) {
                            out.writeBytes(bytes);
                        }
                    }
                });
        if (exit != null && exit == 3) {
            return Optional.empty();
        }
        return OutputChunk.parse(out.toByteArray());
    }

    /** Kills the task's processes (TERM, then KILL after 3 s); false when the container holds no such task. */
    public boolean kill(DockerHost host, String containerId, long taskId) {
        Long exit = ExecToEnd.run(clients.streamingFor(host), containerId, NodeScript.KILL.command(Long.toString(taskId)),
                SHORT, (stream, bytes) -> { });
        return exit == null || exit != 3;
    }
}
