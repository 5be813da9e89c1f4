package io.hyperchain.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.RestartPolicy;
import com.github.dockerjava.api.model.StreamType;
import com.github.dockerjava.api.model.Volume;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Privileged helper containers, one per node, started through the node's own Docker API and
 * asked for work by exec: what runs in them is the caller's ({@link HelperSpec}).
 */
@ApplicationScoped
public class HelperContainers {

    /** How long a helper may take to put its files in place after a start. */
    private static final Duration READY_WAIT = Duration.ofSeconds(5);
    private static final Duration READY_CHECK_TIMEOUT = Duration.ofSeconds(2);

    @Inject
    DockerClients clients;

    /** Helper containers seen running with their files in place (a cache: checked again when missing). */
    private final Set<String> ready = ConcurrentHashMap.newKeySet();

    /** A helper container ready for execs, and which run of it this is (null when just made). */
    public record Helper(String name, String incarnation) {
    }

    /** An exec that failed, timed out or was interrupted; the message says why. */
    public static final class ExecFailed extends RuntimeException {
        ExecFailed(String why) {
            super(why);
        }
    }

    /**
     * Gives the work the helper of this spec, started (and replaced when its version changed); a
     * helper removed behind our back (an admin, another portal version replacing it) is made again
     * once.
     */
    public <T> T withHelper(DockerHost host, HelperSpec spec, Function<Helper, T> work) {
        try {
            return work.apply(ensure(host, spec));
        } catch (NotFoundException helperGone) {
            return work.apply(ensure(host, spec));
        }
    }

    /**
     * Runs a command in the helper to its end and returns its stdout; a non-zero exit fails with
     * its stderr. Over a client without response timeout: a long command may send nothing for long.
     */
    public String exec(DockerHost host, Helper helper, List<String> command, Duration timeout) {
        return exec(clients.streamingFor(host), helper.name(), command, timeout);
    }

    private Helper ensure(DockerHost host, HelperSpec spec) {
        String name = spec.name();
        var client = clients.forHost(host);
        try {
            var existing = client.inspectContainerCmd(name).exec();
            Map<String, String> labels = existing.getConfig().getLabels();
            if (labels != null && spec.version().equals(labels.get(HelperSpec.LABEL_HELPER))) {
                if (Boolean.TRUE.equals(existing.getState().getRunning()) && ready.contains(existing.getId())) {
                    return new Helper(name, existing.getId() + "@" + existing.getState().getStartedAt());
                }
                // made or started a moment ago, perhaps by a concurrent start: its files may not be there yet
                start(client, name);
                awaitReady(client, spec);
                ready.add(existing.getId());
                return new Helper(name, null);
            }
            client.removeContainerCmd(name).withForce(true).exec();
        } catch (NotFoundException absent) {
            // made below
        }
        try {
            client.createContainerCmd(ContainerSpec.BASE_IMAGE)
                    .withName(name)
                    // not the installation label: the reconciler would take the helper for an orphan
                    .withLabels(Map.of(HelperSpec.LABEL_HELPER, spec.version()))
                    .withEnv(spec.env())
                    .withCmd(spec.command())
                    // not --privileged (it asks for every capability, and a node may withhold some):
                    // mounts, entering the node's mount namespace, and the loop devices only
                    .withHostConfig(HostConfig.newHostConfig()
                            .withCapAdd(Capability.SYS_ADMIN, Capability.SYS_PTRACE, Capability.SYS_CHROOT)
                            .withDeviceCgroupRules(List.of("b 7:* rwm", "c 10:237 rwm"))
                            .withSecurityOpts(List.of("seccomp=unconfined", "apparmor=unconfined"))
                            .withPidMode("host")
                            .withNetworkMode("none")
                            .withBinds(new Bind(spec.nodeDir(), new Volume(spec.mountedAt())))
                            .withRestartPolicy(RestartPolicy.unlessStoppedRestart()))
                    .exec();
        } catch (ConflictException anotherPortalMadeIt) {
            // two portal instances: the first one's helper serves both
        }
        start(client, name);
        awaitReady(client, spec);
        return new Helper(name, null);
    }

    private static void start(DockerClient client, String name) {
        try {
            client.startContainerCmd(name).exec();
        } catch (NotModifiedException alreadyRunning) {
            // the state we want
        }
    }

    /** The helper puts its files in place first; an exec right after its start could miss them. */
    private static void awaitReady(DockerClient client, HelperSpec spec) {
        long deadline = System.nanoTime() + READY_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                exec(client, spec.name(), spec.readyCheck(), READY_CHECK_TIMEOUT);
                return;
            } catch (ExecFailed | UncheckedIOException notYet) {
                // checked again below
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                // also when the check itself was interrupted: it leaves the flag set
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String exec(DockerClient client, String container, List<String> command, Duration timeout) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        Long exit = execute(client, container, command, timeout, (stream, bytes) -> {
            var target = stream == StreamType.STDERR ? err : out;
            synchronized (target) {
                target.writeBytes(bytes);
            }
        });
        if (exit == null || exit != 0) {
            String why = err.toString(StandardCharsets.UTF_8).strip();
            throw new ExecFailed(why.isEmpty() ? "exit " + exit : why);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A command run to its end: its exit code and the end of what it printed (stdout and stderr as they came). */
    public record Finished(int exitCode, String output) {
    }

    /**
     * Runs a command in the helper to its end, whatever its exit code, keeping the last
     * {@code outputBytes} of its output; fails only when it cannot be run or does not end in time.
     */
    public Finished run(DockerHost host, Helper helper, List<String> command, Duration timeout, int outputBytes) {
        var tail = new OutputTail(outputBytes);
        Long exit = execute(clients.streamingFor(host), helper.name(), command, timeout, (stream, bytes) -> tail.add(bytes));
        return new Finished(exit == null ? -1 : exit.intValue(), tail.text());
    }

    /** Runs an exec to its end ({@link ExecToEnd}), its failure said as this class says it. */
    private static Long execute(DockerClient client, String container, List<String> command, Duration timeout,
                                BiConsumer<StreamType, byte[]> frames) {
        try {
            return ExecToEnd.run(client, container, command, timeout, frames);
        } catch (ExecToEnd.Failed e) {
            throw new ExecFailed(e.getMessage());
        }
    }
}
