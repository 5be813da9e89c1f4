package io.hyperchain.web;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The runnable jar users start, as a separate process on its own port and root dir. */
final class PortalProcess implements AutoCloseable {

    final int port;
    final URI base;
    private final String name;
    private final Map<String, String> environment;
    private final List<String> clustering;
    private Process process;
    private Path log;

    /** An instance on its own: no data grid, as bin/hyperchain starts one. */
    PortalProcess(String name, Map<String, String> environment) throws IOException {
        this(name, environment, List.of("--nocluster"));
    }

    /** An instance in a data grid of instances on this machine (loopback only), as docs/operations.md says. */
    PortalProcess(String name, Map<String, String> environment, Grid grid, int member) throws IOException {
        this(name, environment, grid.options(member));
    }

    private PortalProcess(String name, Map<String, String> environment, List<String> clustering) throws IOException {
        this.name = name;
        this.environment = environment;
        this.clustering = clustering;
        this.port = freePort();
        this.base = URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Starts the jar and waits until its login page answers 200. */
    PortalProcess start() throws Exception {
        var jar = new File(System.getProperty("hyperchain.microJar", "target/hyperchain-micro.jar"));
        if (!jar.isFile()) {
            throw new IllegalStateException("the runnable jar is built by mvn package: " + jar);
        }
        Path root = Files.createDirectories(Path.of("target", "portal-" + name));
        log = root.resolve("portal-" + System.nanoTime() + ".log");
        Directories.deleteTree(root.resolve("payara")); // as bin/hyperchain does: an empty Payara root dir per start
        var command = new java.util.ArrayList<>(List.of("java", "-Xmx768m", "-jar", jar.getAbsolutePath(),
                "--port", Integer.toString(port), "--rootdir", root.resolve("payara").toString()));
        command.addAll(clustering);
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        process = builder.start();
        waitForLoginPage();
        return this;
    }

    /**
     * How many deployments this start began: Payara logs "No deployment transformer" once for each.
     * One is right; two meant a remembered copy from the root dir deployed before the jar's own.
     */
    long deploymentsBegun() throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("No deployment transformer implementation found")).count();
        }
    }

    /** SIGTERM, as bin/hyperchain down sends; true when it stopped within a minute. */
    boolean stop() throws InterruptedException {
        process.destroy();
        return process.waitFor(60, TimeUnit.SECONDS);
    }

    /** SIGKILL: the machine died. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private void waitForLoginPage() throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var page = HttpRequest.newBuilder(base.resolve("login.xhtml")).timeout(Duration.ofSeconds(10)).build();
        var api = HttpRequest.newBuilder(base.resolve("api/v1/me")).timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the portal exited; see " + log.toAbsolutePath());
            }
            try {
                // ready = the pages and the REST API both answer as they should (login page 200,
                // anonymous /me 401): right after "ready" Payara can still fail a first request
                // with a ConcurrentModificationException while it registers request listeners
                if (http.send(page, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                        && http.send(api, HttpResponse.BodyHandlers.discarding()).statusCode() == 401) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no login page within 240 s; see " + log.toAbsolutePath());
    }

    /**
     * A Hazelcast data grid of portal instances on loopback: each member listens on its own port
     * and finds the others by TCP/IP on 127.0.0.1 (no multicast leaves the machine).
     */
    record Grid(String name, List<Integer> ports) {

        static Grid of(int members) throws IOException {
            List<Integer> ports = new java.util.ArrayList<>();
            for (int i = 0; i < members; i++) {
                ports.add(freePort());
            }
            return new Grid("hc-test-" + ProcessHandle.current().pid(), List.copyOf(ports));
        }

        List<String> options(int member) {
            String members = String.join(",", ports.stream().map(p -> "127.0.0.1:" + p).toList());
            return List.of("--clustermode", "tcpip:" + members, "--interfaces", "127.0.0.1",
                    "--startport", Integer.toString(ports.get(member)), "--clustername", name, "--name", name + "-" + member);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
