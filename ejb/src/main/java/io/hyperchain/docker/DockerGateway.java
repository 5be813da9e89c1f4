package io.hyperchain.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.RestartPolicy;
import io.hyperchain.docker.DockerHost;
import io.hyperchain.docker.ContainerSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Everything the portal asks of a Docker engine goes through here. */
@ApplicationScoped
public class DockerGateway {

    private static final long GIB = 1024L * 1024 * 1024;

    @Inject
    DockerClients clients;

    /** CPUs each engine has: a container may not ask for more than its machine holds. */
    private final Map<String, Integer> engineCpus = new ConcurrentHashMap<>();

    /**
     * Makes sure the container of this spec exists and runs; returns its id. Safe to repeat: the
     * name is the identity, so a second call finds the first one's container.
     */
    public String ensureRunning(DockerHost host, ContainerSpec spec) {
        var client = clients.forHost(host);
        String id;
        try {
            id = client.createContainerCmd(spec.image())
                    .withName(spec.name())
                    .withHostName(spec.hostname())
                    .withLabels(spec.labels())
                    .withCmd("sleep", "2147483647")
                    // the root filesystem is read-only: what a tenant keeps lives on its allotment, which
                    // is also home and where a shell starts; scratch space is a small tmpfs
                    .withWorkingDir(spec.workspace() == null ? "/tmp" : ContainerSpec.WORKSPACE)
                    .withEnv("HOME=" + (spec.workspace() == null ? "/tmp" : ContainerSpec.WORKSPACE))
                    .withHostConfig(HostConfig.newHostConfig()
                            .withReadonlyRootfs(true)
                            .withTmpFs(ContainerSpec.SCRATCH)
                            .withNetworkMode("none")
                            .withInit(true)
                            .withNanoCPUs(Math.min(spec.cpu(), cpus(host, client)) * 1_000_000_000L)
                            .withMemory(spec.memoryGiB() * GIB)
                            // swap equal to memory: no swap on top, so a greedy tenant cannot thrash the node's disk
                            .withMemorySwap(spec.memoryGiB() * GIB)
                            // no restart policy: an engine back from a crash must not start a container a
                            // failover has since run elsewhere; the portal fences first, then starts (P1.11)
                            .withRestartPolicy(RestartPolicy.noRestart())
                            // confined: a process limit, no privilege gain, and of root's powers only
                            // those a program needs on its own files and processes
                            .withPidsLimit(ContainerSpec.PIDS_LIMIT)
                            .withSecurityOpts(List.of("no-new-privileges"))
                            .withCapDrop(com.github.dockerjava.api.model.Capability.ALL)
                            .withCapAdd(com.github.dockerjava.api.model.Capability.CHOWN,
                                    com.github.dockerjava.api.model.Capability.DAC_OVERRIDE,
                                    com.github.dockerjava.api.model.Capability.FOWNER,
                                    com.github.dockerjava.api.model.Capability.SETUID,
                                    com.github.dockerjava.api.model.Capability.SETGID,
                                    com.github.dockerjava.api.model.Capability.KILL)
                            .withMounts(workspaceMounts(spec)))
                    .exec()
                    .getId();
        } catch (NotFoundException noSuchImage) {
            throw new ImageMissing(spec.image(), describe(noSuchImage));
        } catch (ConflictException alreadyThere) {
            var existing = client.inspectContainerCmd(spec.name()).exec();
            id = existing.getId();
            if (existing.getState() != null && Boolean.TRUE.equals(existing.getState().getPaused())) {
                client.unpauseContainerCmd(id).exec(); // P4.2: paused by its tenant; the engine refuses to start it
            }
        }
        try {
            client.startContainerCmd(id).exec();
        } catch (NotModifiedException alreadyRunning) {
            // started by an earlier call: that is the state we want
        }
        return id;
    }

    /**
     * The allotment as the container's workspace. rslave: an overlay the node mounts over the
     * workspace later (the redirect) reaches the running container.
     */
    private static List<com.github.dockerjava.api.model.Mount> workspaceMounts(ContainerSpec spec) {
        if (spec.workspace() == null) {
            return List.of();
        }
        return List.of(new com.github.dockerjava.api.model.Mount()
                .withType(com.github.dockerjava.api.model.MountType.BIND)
                .withSource(spec.workspace())
                .withTarget(ContainerSpec.WORKSPACE)
                .withBindOptions(new com.github.dockerjava.api.model.BindOptions()
                        .withPropagation(com.github.dockerjava.api.model.BindPropagation.R_SLAVE)));
    }

    /** P4.1: the engine lacks the image a container was to be made from; it may be copied there and asked again. */
    public static final class ImageMissing extends RuntimeException {

        private final String image;

        ImageMissing(String image, String engineSays) {
            super("the engine has no image " + image + " (" + engineSays + ")");
            this.image = image;
        }

        public String image() {
            return image;
        }
    }

    /** The id of the named container if it exists and runs. */
    public Optional<String> runningContainer(DockerHost host, String name) {
        try {
            var container = clients.forHost(host).inspectContainerCmd(name).exec();
            return Boolean.TRUE.equals(container.getState().getRunning()) ? Optional.of(container.getId()) : Optional.empty();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Removes the named container, running or not; a container already gone is fine. */
    public void remove(DockerHost host, String name) {
        try {
            clients.forHost(host).removeContainerCmd(name).withForce(true).exec();
        } catch (NotFoundException alreadyGone) {
            // the state we want
        }
    }

    /** A container of this installation as its engine lists it. */
    public record Present(String name, Map<String, String> labels, boolean running) {
    }

    /** Every container of this installation on the engine, running or not, with its labels. */
    public List<Present> containersOf(DockerHost host, String installation) {
        return clients.forHost(host).listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(ContainerSpec.LABEL_INSTALLATION, installation)).exec().stream()
                .map(c -> new Present(c.getNames() == null || c.getNames().length == 0 ? c.getId() : strip(c.getNames()[0]),
                        c.getLabels() == null ? Map.of() : c.getLabels(), "running".equals(c.getState())))
                .toList();
    }

    private static String strip(String name) {
        return name.startsWith("/") ? name.substring(1) : name;
    }

    /**
     * Whether the engine answers a ping within the watch's short timeout. A frozen engine accepts
     * the connection and never answers: only the timeout tells it from a slow one.
     */
    public boolean answers(DockerHost host) {
        try {
            clients.forPing(host).pingCmd().exec();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * P1.11: orders a failed engine to kill these containers, in this order, waiting for it to
     * answer. An engine that is frozen (not dead) accepts the request and carries it out the moment
     * it runs again, before anything that asks later; a dead one refuses at once, and dockerd stops
     * what its predecessor left when it starts. Fencing on the node's return removes them either way.
     * Returns how many it killed; never throws.
     */
    public int killWhenItAnswers(DockerHost host, List<String> names) {
        int killed = 0;
        try (var client = clients.forFenceOrder(host)) {
            for (String name : names) {
                try {
                    client.killContainerCmd(name).exec();
                    killed++;
                } catch (NotFoundException | ConflictException notRunning) {
                    // gone or stopped already: that is the order's aim
                }
            }
        } catch (RuntimeException | java.io.IOException unreachable) {
            // dead or gone for good: the fencing on its return does the work
        }
        return killed;
    }

    /** An engine is back after being down: its next calls open new connections. */
    public void reconnect(DockerHost host) {
        clients.forget(host);
    }

    /** Stops the named container (SIGTERM, then SIGKILL after {@code seconds}); one already stopped or gone is fine. */
    public void stop(DockerHost host, String name, int seconds) {
        try {
            clients.forHost(host).stopContainerCmd(name).withTimeout(seconds).exec();
        } catch (NotFoundException | NotModifiedException alreadyStopped) {
            // the state we want
        }
    }

    /** A tar stream of {@code path} in the named container (running or stopped); the caller closes it. */
    public java.io.InputStream archive(DockerHost host, String name, String path) {
        return clients.streamingFor(host).copyArchiveFromContainerCmd(name, path).exec();
    }

    /**
     * Unpacks a tar stream of its workspace into the named container's workspace. The engine refuses
     * to copy into a container whose root is read-only (a tenant's is), so a short-lived courier
     * container that mounts the same workspace, never started, takes the copy, and goes.
     */
    public void extractIntoWorkspace(DockerHost host, String name, java.io.InputStream tar) {
        var client = clients.streamingFor(host);
        var workspace = client.inspectContainerCmd(name).exec().getMounts().stream()
                .filter(mount -> mount.getDestination() != null && ContainerSpec.WORKSPACE.equals(mount.getDestination().getPath()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " has no workspace to copy into"));
        String courier = name + "-courier";
        remove(host, courier); // one a crash left behind
        client.createContainerCmd(ContainerSpec.BASE_IMAGE).withName(courier)
                .withLabels(Map.of(HelperSpec.LABEL_HELPER, "courier")) // not the installation's: no pass takes it for a workload
                .withCmd("true")
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none")
                        .withBinds(new com.github.dockerjava.api.model.Bind(workspace.getSource(),
                                new com.github.dockerjava.api.model.Volume(ContainerSpec.WORKSPACE))))
                .exec();
        try {
            client.copyArchiveToContainerCmd(courier).withRemotePath("/").withTarInputStream(tar).exec();
        } finally {
            remove(host, courier);
        }
    }


    private int cpus(DockerHost host, DockerClient client) {
        return engineCpus.computeIfAbsent(host.value(), h -> {
            Integer n = client.infoCmd().exec().getNCPU();
            return n == null || n < 1 ? 1 : n;
        });
    }

    /** One running container's use right now, by name (what rebalancing weighs a container by, P1.8). */
    public record ContainerUsage(String name, Map<String, String> labels, double cores, long memoryBytes, long diskBytes) {
    }

    /** Every running container's use right now: one stats reading each, all at once. */
    public List<ContainerUsage> containerUsages(DockerHost host) {
        return readContainers(host).containers();
    }

    /**
     * One reading of an engine: every running container's use, and the CPU time the threads that
     * streamed the stats spent on it (docker-java runs each stats call on a thread of its own, which
     * the caller's own CPU time does not see; the load sampler counts it as its cost, P3.2).
     */
    public record Reading(List<ContainerUsage> containers, long streamCpuNanos) {
    }

    /** {@link #containerUsages}, with what reading them cost on docker-java's own threads. */
    public Reading readContainers(DockerHost host) {
        var client = clients.forHost(host);
        var containers = client.listContainersCmd().withShowSize(true).exec();
        // every container's reading at once: the engine waits a second per reading, and one after
        // another a busy node would outlast the sampling period
        var readings = containers.stream().map(container -> {
            var reading = new LastStatistics();
            client.statsCmd(container.getId()).withNoStream(true).exec(reading);
            return reading;
        }).toList();
        long deadline = System.nanoTime() + STATS_WAIT.toNanos();
        List<ContainerUsage> used = new java.util.ArrayList<>();
        for (int i = 0; i < containers.size(); i++) {
            var container = containers.get(i);
            Long sizeRw = container.getSizeRw();
            var stats = readings.get(i).await(deadline);
            double cores = stats == null ? 0 : coresUsed(stats); // stopped between list and stats, or no answer in time
            long memory = stats == null || stats.getMemoryStats() == null || stats.getMemoryStats().getUsage() == null ? 0
                    : stats.getMemoryStats().getUsage();
            String name = container.getNames() == null || container.getNames().length == 0 ? container.getId()
                    : strip(container.getNames()[0]);
            used.add(new ContainerUsage(name, container.getLabels() == null ? Map.of() : container.getLabels(), cores, memory,
                    sizeRw == null ? 0 : sizeRw));
        }
        long streamCpu = 0;
        for (var reading : readings) {
            reading.closeQuietly();
            streamCpu += reading.streamCpuNanos();
        }
        return new Reading(used, streamCpu);
    }

    /** How long a sampling pass waits for one engine's readings. */
    private static final java.time.Duration STATS_WAIT = java.time.Duration.ofSeconds(4);

    /** One container's stats call: keeps the reading the engine sends. */
    private static final class LastStatistics
            extends com.github.dockerjava.api.async.ResultCallback.Adapter<com.github.dockerjava.api.model.Statistics> {

        private volatile com.github.dockerjava.api.model.Statistics last;
        /** The thread streaming the reading (its own, made for this call), and its CPU time once done. */
        private volatile Thread streaming;
        private volatile long doneCpuNanos = -1;

        @Override
        public void onStart(java.io.Closeable stream) {
            streaming = Thread.currentThread();
            super.onStart(stream);
        }

        @Override
        public void onNext(com.github.dockerjava.api.model.Statistics statistics) {
            last = statistics;
        }

        @Override
        public void onComplete() {
            doneCpuNanos = io.hyperchain.shared.ThreadCpu.current();
            super.onComplete();
        }

        @Override
        public void onError(Throwable error) {
            doneCpuNanos = io.hyperchain.shared.ThreadCpu.current();
            super.onError(error);
        }

        /**
         * The streaming thread's CPU time: its whole life up to the end of the reading (the thread
         * was made for this call); so far, for a reading still under way; 0 before it started.
         */
        long streamCpuNanos() {
            long done = doneCpuNanos;
            if (done >= 0) {
                return done;
            }
            Thread thread = streaming;
            return thread == null ? 0 : io.hyperchain.shared.ThreadCpu.of(thread);
        }

        com.github.dockerjava.api.model.Statistics await(long deadlineNanos) {
            try {
                awaitCompletion(Math.max(0, deadlineNanos - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading stats", e);
            }
            return last;
        }

        /** A reading that did not come in time must not keep its pooled connection. */
        void closeQuietly() {
            try {
                close();
            } catch (java.io.IOException ignored) {
                // already closed by its completion
            }
        }
    }

    /** CPU in cores from one stats reading: the container's share of the machine's time since the previous reading. */
    static double coresUsed(com.github.dockerjava.api.model.Statistics stats) {
        var now = stats.getCpuStats();
        var before = stats.getPreCpuStats();
        if (now == null || before == null || now.getCpuUsage() == null || before.getCpuUsage() == null
                || now.getSystemCpuUsage() == null || before.getSystemCpuUsage() == null) {
            return 0;
        }
        double container = now.getCpuUsage().getTotalUsage() - before.getCpuUsage().getTotalUsage();
        double system = now.getSystemCpuUsage() - before.getSystemCpuUsage();
        long cpus = now.getOnlineCpus() == null ? 1 : now.getOnlineCpus();
        return system <= 0 || container < 0 ? 0 : container / system * cpus;
    }

    /** What an engine's containers use: cores, memory bytes, disk bytes; the tenants running there. */
    public record Usage(double cores, long memoryBytes, long diskBytes, java.util.Set<Long> tenants) {

        /**
         * An engine's load from one reading: CPU cores (from the engine's own two readings a second
         * apart), memory bytes and writable-layer disk bytes, summed over its running containers
         * (whoever's: they all load the node); and which tenants of this installation run there.
         */
        public static Usage of(List<ContainerUsage> containers, String installation) {
            double cores = 0;
            long memory = 0;
            long disk = 0;
            java.util.Set<Long> tenants = new java.util.HashSet<>();
            for (var container : containers) {
                ContainerSpec.tenantOf(container.labels(), installation).ifPresent(tenants::add);
                cores += container.cores();
                memory += container.memoryBytes();
                disk += container.diskBytes();
            }
            return new Usage(cores, memory, disk, tenants);
        }
    }

    /** A failure in words for a person, from whatever docker-java threw. */
    public static String problemOf(Throwable error) {
        return describe(error);
    }

    /** Asks the engine who it is; never throws: an engine that does not answer says why. */
    public EngineFacts probe(DockerHost host) {
        try {
            var client = clients.forHost(host);
            var version = client.versionCmd().exec();
            var info = client.infoCmd().exec();
            return EngineFacts.answered(version.getVersion(),
                    info.getContainers() == null ? 0 : info.getContainers(),
                    info.getContainersRunning() == null ? 0 : info.getContainersRunning());
        } catch (RuntimeException e) {
            return EngineFacts.unreachable(describe(e));
        }
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // people read this on the node page: the cause in words, not a class name
        if (root instanceof java.net.SocketTimeoutException) {
            return "no answer in time";
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? "no answer" : message;
    }

    // P1.10: what a node's machine has, read when it joins

    /** How long the one-off container that measures the engine's disk may take. */
    private static final java.time.Duration DISK_READ_WAIT = java.time.Duration.ofSeconds(20);

    /**
     * What the engine's machine has: CPUs and memory from {@code docker info}; the size of the file
     * system holding the engine's storage root (DockerRootDir) from {@code df} in a one-off container
     * of the base image with that directory mounted read-only (the Docker API reports no disk size).
     * Throws when the engine does not answer or cannot run it; {@link #problemOf} says why.
     */
    public EngineResources resources(DockerHost host) {
        var client = clients.forHost(host);
        var info = client.infoCmd().exec();
        String root = info.getDockerRootDir();
        String id = client.createContainerCmd(ContainerSpec.BASE_IMAGE)
                .withCmd("/bin/busybox", "df", "-kP", EngineResources.MOUNTED_AT)
                .withHostConfig(HostConfig.newHostConfig()
                        .withNetworkMode("none")
                        .withReadonlyRootfs(true)
                        .withBinds(new com.github.dockerjava.api.model.Bind(root,
                                new com.github.dockerjava.api.model.Volume(EngineResources.MOUNTED_AT),
                                com.github.dockerjava.api.model.AccessMode.ro)))
                .exec()
                .getId();
        try {
            client.startContainerCmd(id).exec();
            int exit = client.waitContainerCmd(id).start()
                    .awaitStatusCode(DISK_READ_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            String output = output(client, id);
            if (exit != 0) {
                throw new IllegalStateException("df of " + root + " failed: " + output.strip());
            }
            long memory = info.getMemTotal() == null ? 0 : info.getMemTotal();
            int cpus = info.getNCPU() == null ? 0 : info.getNCPU();
            return new EngineResources(cpus, memory, root, EngineResources.dfTotalKiB(output) * 1024);
        } finally {
            try {
                client.removeContainerCmd(id).withForce(true).exec();
            } catch (RuntimeException e) {
                // a stopped one-off container left behind costs nothing; the next read makes its own
            }
        }
    }

    /** What a finished container printed, stdout and stderr together. */
    private static String output(DockerClient client, String id) {
        var out = new StringBuilder();
        try (var done = client.logContainerCmd(id).withStdOut(true).withStdErr(true)
                .exec(new com.github.dockerjava.api.async.ResultCallback.Adapter<com.github.dockerjava.api.model.Frame>() {
                    @Override
                    public void onNext(com.github.dockerjava.api.model.Frame frame) {
                        synchronized (out) {
                            out.append(new String(frame.getPayload(), java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }
                })) {
            done.awaitCompletion(DISK_READ_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the disk size", e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        synchronized (out) {
            return out.toString();
        }
    }

    // P4.2: a tenant's power controls. Graceful stops wait out a grace period: they use the client
    // without a response timeout, as the pooled one gives up after five seconds.

    /** Freezes the named container's processes. One paused already is fine; one not running is refused. */
    public void pause(DockerHost host, String name) {
        var client = clients.forHost(host);
        try {
            client.pauseContainerCmd(name).exec();
        } catch (ConflictException notRunningOrPaused) {
            var state = client.inspectContainerCmd(name).exec().getState();
            if (state == null || !Boolean.TRUE.equals(state.getPaused())) {
                throw notRunningOrPaused;
            }
        }
    }

    /** Resumes the named container's processes; one not paused, or gone, is fine. */
    public void unpause(DockerHost host, String name) {
        try {
            clients.forHost(host).unpauseContainerCmd(name).exec();
        } catch (NotFoundException | ConflictException notPaused) {
            // the state we want
        }
    }

    /** Kills the named container at once (SIGKILL); one stopped already, or gone, is fine. */
    public void kill(DockerHost host, String name) {
        try {
            clients.forHost(host).killContainerCmd(name).exec();
        } catch (NotFoundException | ConflictException notRunning) {
            // the state we want
        }
    }

    /**
     * Stops the named container as {@link #stop} does (SIGTERM, SIGKILL after {@code seconds}), waiting
     * out the grace period; one stopped already, or gone, is fine.
     */
    public void shutDown(DockerHost host, String name, int seconds) {
        try {
            clients.streamingFor(host).stopContainerCmd(name).withTimeout(seconds).exec();
        } catch (NotFoundException | NotModifiedException alreadyStopped) {
            // the state we want
        }
    }

    /** Restarts the named container: SIGTERM, SIGKILL after {@code seconds}, then start. Throws when it is gone. */
    public void restart(DockerHost host, String name, int seconds) {
        clients.streamingFor(host).restartContainerCmd(name).withTimeout(seconds).exec();
    }

    // P4.1: the template catalogue's images. No registry: an upload is imported into each engine, and an
    // engine that lacks an image gets it copied from one that has it. These calls may send or wait long
    // (an image of hundreds of MB): they use the client without a response timeout.

    /** Whether the engine holds the image (repository:tag). */
    public boolean hasImage(DockerHost host, String image) {
        return imageId(clients.forHost(host), image) != null;
    }

    /**
     * Imports a root-filesystem tarball (plain or compressed: the engine unpacks either) as
     * repository:tag, as {@code docker import} does; the stream is the caller's to close. Throws when
     * the engine did not make the image: it answers the new image's id, or an image under the tag that
     * differs from the one it held before proves it.
     */
    public void importImage(DockerHost host, String repository, String tag, java.io.InputStream tar) {
        var client = clients.streamingFor(host);
        String image = repository + ":" + tag;
        String before = imageId(client, image);
        // POST /images/create?fromSrc=- with the tar as the body, by hand: docker-java 3.5's createImageCmd
        // encodes an InputStream as JSON, and the engine then reads a broken tar ("unexpected EOF";
        // docker-java/docker-java#2377)
        var request = com.github.dockerjava.transport.DockerHttpClient.Request.builder()
                .method(com.github.dockerjava.transport.DockerHttpClient.Request.Method.POST)
                .path("/images/create?fromSrc=-&repo=" + java.net.URLEncoder.encode(repository, java.nio.charset.StandardCharsets.UTF_8)
                        + "&tag=" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8))
                .putHeader("Content-Type", "application/x-tar")
                .body(tar)
                .build();
        String said;
        int status;
        try (var response = ((com.github.dockerjava.core.DockerClientImpl) client).getHttpClient().execute(request);
             var body = response.getBody()) {
            status = response.getStatusCode();
            said = new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // the engine streams its progress as JSON lines: an error may come with a 200
        if (status / 100 != 2 || said.contains("\"errorDetail\"")) {
            throw new IllegalStateException("Status " + status + ": " + said);
        }
        String after = imageId(client, image);
        if (after == null || after.equals(before)) {
            throw new IllegalStateException("the engine did not import " + image + ": " + said);
        }
    }

    /**
     * Copies an image from one engine to another ({@code docker save | docker load}), streamed from
     * one to the other: nothing of it is kept by the portal.
     */
    public void copyImage(DockerHost from, DockerHost to, String repository, String tag) {
        try (java.io.InputStream saved = clients.streamingFor(from).saveImageCmd(repository).withTag(tag).exec()) {
            clients.streamingFor(to).loadImageCmd(saved).exec();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (!hasImage(to, repository + ":" + tag)) {
            throw new IllegalStateException("the engine did not load " + repository + ":" + tag);
        }
    }

    private static String imageId(DockerClient client, String image) {
        try {
            return client.inspectImageCmd(image).exec().getId();
        } catch (NotFoundException absent) {
            return null;
        }
    }
}
