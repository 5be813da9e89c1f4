package io.hyperchain.storage;

import io.hyperchain.shared.Sha256;
import io.hyperchain.docker.DockerHost;
import io.hyperchain.docker.HelperContainers;
import io.hyperchain.docker.HelperSpec;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Installation;
import io.hyperchain.shared.Problem;
import io.hyperchain.shared.SlowCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The node side of disk allotments (seed 002), with nothing to install on a node: a privileged
 * helper container, started through the node's own Docker API, enters the node's mount namespace
 * and runs {@code node-helper.sh} with the image's busybox. Its main process is the node-local
 * watcher that mounts the overlay the moment an allotment crosses its threshold; the portal asks
 * it for everything else through exec. This class holds what the helper is asked and runs;
 * {@link HelperContainers} the container itself.
 */
@ApplicationScoped
public class NodeHelper {

    static final String SCRIPT_RESOURCE = "/io/hyperchain/storage/node-helper.sh";
    /** Long operations (moving a disk's files back) send no output for minutes. */
    static final Duration EXEC_TIMEOUT = Duration.ofMinutes(30);

    @Inject
    HelperContainers helpers;

    @Inject
    Installation installation;

    /** Where allotments live on every node; each node's own root is a directory below it. */
    @Inject
    @ConfigProperty(name = "hyperchain.storage.root", defaultValue = "/srv/hyperchain")
    String storageRoot;

    /** How often the node-local watcher looks, in seconds. */
    @Inject
    @ConfigProperty(name = "hyperchain.storage.watchSeconds", defaultValue = "0.1")
    String watchSeconds;

    /**
     * Runs a command in the node's mount namespace: that of the first ancestor (the engine's
     * container shim) whose namespace differs from the helper's own. Not PID 1's: a node's init
     * may refuse to be entered. The walk starts at the helper's main process (it lives as long as
     * the container): an exec's own parent is runc for a moment, which may be gone mid-walk.
     */
    static final String ENTER = """
            me=$(/bin/busybox readlink /proc/self/ns/mnt)
            for try in 1 2 3 4 5 6 7 8 9 10; do
              p=$(/bin/busybox cat /hc/main.pid 2>/dev/null)
              [ -n "$p" ] && [ "$(/bin/busybox readlink /proc/$p/ns/mnt 2>/dev/null)" = "$me" ] || p=$$
              while [ "${p:-1}" -gt 1 ]; do
                p=$(/bin/busybox awk '/^PPid:/ { print $2 }' /proc/$p/status 2>/dev/null)
                ns=$(/bin/busybox readlink /proc/${p:-1}/ns/mnt 2>/dev/null)
                [ "${p:-1}" -gt 1 ] && [ -n "$ns" ] && [ "$ns" != "$me" ] && exec /bin/busybox nsenter -t "$p" -m -- "$@"
              done
              /bin/busybox usleep 100000
            done
            echo "error: the node's mount namespace was not found" >&2; exit 1
            """;

    /**
     * The helper's main process: the node gets this image's busybox and the script, then the
     * watcher runs in its mount namespace.
     */
    static final List<String> MAIN = List.of("/bin/busybox", "sh", "-c",
            "echo $$ > /hc/main.pid && cp /bin/busybox /hc/busybox.new && mv /hc/busybox.new /hc/busybox"
                    + " && printf '%s' \"$HC_ENTER\" > /hc/enter.new && mv /hc/enter.new /hc/enter"
                    + " && printf '%s' \"$HC_SCRIPT\" > /hc/node-helper.sh.new && mv /hc/node-helper.sh.new /hc/node-helper.sh"
                    // a child, not exec: execs join the main process's namespaces, which must stay the container's
                    + " && { /bin/busybox sh /hc/enter \"$HC_ROOT/.hc/busybox\" sh"
                    + " \"$HC_ROOT/.hc/node-helper.sh\" \"$HC_ROOT\" watch \"$HC_PERIOD\" & wait; }");

    /** Succeeds once the main process has copied the files an exec needs. */
    static final List<String> READY = List.of("/bin/busybox", "test", "-s", "/hc/node-helper.sh", "-a", "-s", "/hc/enter");

    /**
     * Commands whose effect lasts as long as the node's mounts do, by node and what they set up (an
     * allotment): the helper incarnation (container id and start time), context and command they
     * last succeeded with. A node that restarts restarts its helper too, so a new incarnation runs
     * them again. Only a cache: another portal instance, or this one after a restart, runs the
     * command once more, which changes nothing. One entry per allotment, so it stays small.
     */
    private final Map<String, String> lasting = new ConcurrentHashMap<>();

    private final String script = readScript();
    private final String scriptHash = Sha256.hex(script + ENTER).substring(0, 16);

    /** This installation's root on one node: several engines may share a machine, so per node. */
    public String nodeRoot(long nodeId) {
        return storageRoot + "/" + installation.id().substring(0, 8) + "-n" + nodeId;
    }

    /** The host path a container of this allotment mounts as its workspace. */
    public String workspace(long nodeId, String allotment) {
        return nodeRoot(nodeId) + "/ws/" + allotment;
    }

    /** Runs one helper command on the node and returns what it printed; a failure says why. */
    public String run(DockerHost host, long nodeId, String... command) {
        return run(host, nodeId, null, command);
    }

    /**
     * P4.4: an admin's command, run with {@code sh -c} in the node's helper container (the helper's
     * own files, the node's processes), to its end or the timeout: its exit code and the last
     * {@code outputBytes} of its output. What runs past the timeout is not stopped.
     */
    public HelperContainers.Finished shell(DockerHost host, long nodeId, String command, Duration timeout, int outputBytes) {
        return helpers.withHelper(host, spec(nodeId),
                helper -> helpers.run(host, helper, List.of("/bin/busybox", "sh", "-c", command), timeout, outputBytes));
    }

    /**
     * Runs an idempotent command that leaves lasting mounts (a prepare), unless this very command
     * already succeeded on the node under the helper that runs now: a start then costs one
     * inspect instead of an exec. Anything that changes the mounts' wanted state changes the
     * command (a grown disk its size, a new container the partition plan) or {@code context}
     * (what else the caller knows changed them, e.g. an upgrade since).
     */
    public void runLasting(DockerHost host, long nodeId, String what, String context, String... command) {
        run(host, nodeId, new Lasting(nodeId + " " + what, context + " " + String.join(" ", command)), command);
    }

    /** A lasting command's cache key and what it must match. */
    private record Lasting(String key, String wanted) {
    }

    private String run(DockerHost host, long nodeId, Lasting lastingEffect, String... command) {
        try (var timing = SlowCall.start(LOG, "node " + nodeId + ": helper '" + command[0] + "'")) {
            return helpers.withHelper(host, spec(nodeId), helper -> {
                timing.step("helper container ready");
                String done = helper.incarnation() == null || lastingEffect == null ? null
                        : helper.incarnation() + " " + lastingEffect.wanted();
                if (done != null && done.equals(lasting.get(lastingEffect.key()))) {
                    return "ok";
                }
                String output = exec(host, nodeId, helper, command);
                if (done != null) {
                    lasting.put(lastingEffect.key(), done);
                }
                return output;
            });
        }
    }

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(NodeHelper.class.getName());

    private String exec(DockerHost host, long nodeId, HelperContainers.Helper helper, String... command) {
        String root = nodeRoot(nodeId);
        List<String> cmd = new ArrayList<>(List.of("/bin/busybox", "sh", "/hc/enter",
                root + "/.hc/busybox", "sh", root + "/.hc/node-helper.sh", root));
        cmd.addAll(List.of(command));
        try {
            return helpers.exec(host, helper, cmd, EXEC_TIMEOUT);
        } catch (HelperContainers.ExecFailed e) {
            // the script says what went wrong as "error: why"
            throw failure(command[0], e.getMessage().replaceFirst("^error: ", ""));
        }
    }

    private static DomainException failure(String command, String why) {
        return new DomainException(Problem.UNPROCESSABLE, "disk.helper", null, "The node could not " + command + ": " + why);
    }

    /** The node's helper of this installation, as {@link #MAIN} and {@link #READY} say. */
    private HelperSpec spec(long nodeId) {
        String root = nodeRoot(nodeId);
        return new HelperSpec(HelperSpec.nameFor(installation.id(), nodeId), scriptHash,
                List.of("HC_SCRIPT=" + script, "HC_ENTER=" + ENTER, "HC_ROOT=" + root, "HC_PERIOD=" + watchSeconds),
                MAIN, root + "/.hc", "/hc", READY);
    }

    private static String readScript() {
        try (InputStream in = NodeHelper.class.getResourceAsStream(SCRIPT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT_RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
