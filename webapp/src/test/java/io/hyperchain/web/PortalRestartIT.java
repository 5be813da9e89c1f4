package io.hyperchain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar users start with `bin/hyperchain up`, stopped and started again: the tenant
 * who signed up before is still there, and the first admin is not created twice.
 */
class PortalRestartIT {

    private Process portal;

    @AfterEach
    void stop() throws InterruptedException {
        if (portal != null && portal.isAlive()) {
            portal.destroy();
            portal.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void aTenantSurvivesAPortalRestart() throws Exception {
        int port = freePort();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        String email = TestEnvironment.unique("durable") + "@example.com";
        String tenant = TestEnvironment.unique("Durable");

        start(port);
        assertEquals(201, new PortalClient(base).signUp(tenant, email, "survives a restart").status());
        stopGracefully();

        start(port);
        var me = new PortalClient(base).basic(email, "survives a restart").get("api/v1/me");
        assertEquals(200, me.status(), me::toString);
        assertEquals(tenant, me.json().getString("tenantName"));
        var admin = new PortalClient(base).basic(TestEnvironment.adminEmail(), TestEnvironment.adminPassword())
                .get("api/v1/me");
        assertEquals(200, admin.status(), "the first admin still logs in after a restart: " + admin);
    }

    private void start(int port) throws Exception {
        var jar = new File(System.getProperty("hyperchain.microJar", "target/hyperchain-micro.jar"));
        assertTrue(jar.isFile(), "the runnable jar is built by mvn package: " + jar);
        Path root = Files.createDirectories(Path.of("target", "restart-root"));
        Path log = root.resolve("portal-" + System.nanoTime() + ".log");
        portal = new ProcessBuilder(List.of("java", "-Xmx768m", "-jar", jar.getAbsolutePath(),
                "--port", Integer.toString(port), "--rootdir", root.resolve("payara").toString(), "--nocluster"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        waitForLoginPage(port, log);
    }

    private void stopGracefully() throws InterruptedException {
        portal.destroy(); // SIGTERM, as bin/hyperchain down sends
        assertTrue(portal.waitFor(60, TimeUnit.SECONDS), "the portal stops on SIGTERM");
    }

    private void waitForLoginPage(int port, Path log) throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login.xhtml"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!portal.isAlive()) {
                throw new AssertionError("the portal exited; see " + log.toAbsolutePath());
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no login page within 240 s; see " + log.toAbsolutePath());
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
