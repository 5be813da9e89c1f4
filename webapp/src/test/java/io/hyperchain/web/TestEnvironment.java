package io.hyperchain.web;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * What `bin/hyperchain test` set up for the tests: the engines, the admin, the database.
 * Engines 4 and 5 belong to the registration tests (PortalApiIT and PortalBrowserIT each own one),
 * so no two test classes register the same engine.
 */
public final class TestEnvironment {

    private TestEnvironment() {
    }

    public static List<String> nodeHosts() {
        String hosts = System.getenv("HYPERCHAIN_NODE_HOSTS");
        if (hosts == null || hosts.isBlank()) {
            throw new IllegalStateException("HYPERCHAIN_NODE_HOSTS is not set: run the tests through bin/hyperchain test");
        }
        var list = Arrays.stream(hosts.split(",")).map(String::strip).toList();
        if (list.size() < 7) {
            throw new IllegalStateException("the tests need 7 engines (the sixth and seventh are HealingIT's), got " + list);
        }
        return list;
    }

    public static String adminEmail() {
        return System.getenv().getOrDefault("HYPERCHAIN_ADMIN_EMAIL", "admin@hyperchain.local");
    }

    public static String adminPassword() {
        return require("HYPERCHAIN_ADMIN_PASSWORD");
    }

    /** A name no other test (or earlier run) uses, so tests share nothing. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Arquillian reports the container under the machine's outward address; the portal listens
     * on all interfaces, and the tests must only talk to loopback.
     */
    public static URI loopback(URL base) {
        String path = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        return URI.create("http://127.0.0.1:" + base.getPort() + path);
    }

    /** Stops and starts the real MariaDB, as an operator would. */
    public static void restartDatabase() throws IOException, InterruptedException {
        var process = restartDatabaseAfter(0);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("bin/hyperchain restart-db failed");
        }
    }

    /** Stops MariaDB, keeps it down this long, starts it again; returns at once with the running script. */
    public static Process restartDatabaseAfter(int secondsDown) throws IOException {
        var script = Path.of(require("HYPERCHAIN_HOME"), "bin", "hyperchain").toString();
        return new ProcessBuilder(script, "restart-db", Integer.toString(secondsDown)).inheritIO().start();
    }

    /** Kills, freezes, thaws or starts the engine of test node I through bin/hyperchain, as a failure would. */
    public static void node(String action, int node) throws IOException, InterruptedException {
        var script = Path.of(require("HYPERCHAIN_HOME"), "bin", "hyperchain").toString();
        var process = new ProcessBuilder(script, "node", action, Integer.toString(node)).inheritIO().start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("bin/hyperchain node " + action + " " + node + " failed");
        }
    }

    private static String require(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the tests through bin/hyperchain test");
        }
        return value;
    }
}
