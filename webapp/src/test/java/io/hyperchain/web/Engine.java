package io.hyperchain.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** A Docker engine asked directly over its HTTP API, to check what the portal did to it. */
public final class Engine {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // the engine speaks HTTP/1.1; an h2c upgrade breaks exec streams
            .connectTimeout(Duration.ofSeconds(3)).build();

    private final URI base;

    public Engine(String dockerHost) {
        this.base = URI.create(dockerHost.replace("tcp://", "http://") + "/");
    }

    /** The container's inspect document, if it exists. */
    public Optional<JsonObject> inspect(String nameOrId) throws Exception {
        var response = send(HttpRequest.newBuilder(base.resolve("containers/" + nameOrId + "/json")).GET());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(read(response.body()).asJsonObject());
    }

    /** Whether the engine holds the image (repository:tag). */
    public boolean hasImage(String image) throws Exception {
        int status = send(HttpRequest.newBuilder(base.resolve("images/" + image + "/json")).GET()).statusCode();
        if (status != 200 && status != 404) {
            throw new IllegalStateException("inspecting image " + image + " answered HTTP " + status);
        }
        return status == 200;
    }

    /** Removes the image (its tag) from the engine, as an engine set up anew would lack it. */
    public void removeImage(String image) throws Exception {
        int status = send(HttpRequest.newBuilder(base.resolve("images/" + image + "?force=1")).DELETE()).statusCode();
        if (status != 200 && status != 404) {
            throw new IllegalStateException("removing image " + image + " answered HTTP " + status);
        }
    }

    /** Containers (also stopped ones) carrying every given label=value pair. */
    public JsonArray containersLabelled(String... labelValuePairs) throws Exception {
        var labels = Json.createArrayBuilder();
        for (int i = 0; i < labelValuePairs.length; i += 2) {
            labels.add(labelValuePairs[i] + "=" + labelValuePairs[i + 1]);
        }
        String filters = URLEncoder.encode(Json.createObjectBuilder().add("label", labels).build().toString(),
                StandardCharsets.UTF_8);
        var response = send(HttpRequest.newBuilder(base.resolve("containers/json?all=1&filters=" + filters)).GET());
        return read(response.body()).asJsonArray();
    }

    public void remove(String nameOrId) throws Exception {
        send(HttpRequest.newBuilder(base.resolve("containers/" + nameOrId + "?force=1")).DELETE());
    }

    /** Creates and starts a sleeping busybox container with these labels; returns its id. */
    public String run(String name, String label, String value) throws Exception {
        return run(name, label, value, 0, "sleep", "100000");
    }

    /** Creates and starts a busybox container running the command, CPU-capped when nanoCpus > 0. */
    public String run(String name, String label, String value, long nanoCpus, String... command) throws Exception {
        var cmd = Json.createArrayBuilder();
        for (String part : command) {
            cmd.add(part);
        }
        var hostConfig = Json.createObjectBuilder().add("NetworkMode", "none").add("Init", true);
        if (nanoCpus > 0) {
            hostConfig.add("NanoCpus", nanoCpus);
        }
        String body = Json.createObjectBuilder()
                .add("Image", "hyperchain/busybox:1")
                .add("Cmd", cmd)
                .add("Labels", Json.createObjectBuilder().add(label, value))
                .add("HostConfig", hostConfig)
                .build().toString();
        var created = send(HttpRequest.newBuilder(base.resolve("containers/create?name=" + name))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("create " + name + ": " + created.body());
        }
        String id = read(created.body()).asJsonObject().getString("Id");
        send(HttpRequest.newBuilder(base.resolve("containers/" + id + "/start")).POST(HttpRequest.BodyPublishers.noBody()));
        return id;
    }

    /** Creates and starts a sleeping container with HOST_PATH bind-mounted (rslave) at /data; returns its id. */
    public String runWithWorkspace(String name, String hostPath) throws Exception {
        String body = Json.createObjectBuilder()
                .add("Image", "hyperchain/busybox:1")
                .add("Cmd", Json.createArrayBuilder().add("sleep").add("100000"))
                .add("Labels", Json.createObjectBuilder().add("io.hyperchain.test", "baseline"))
                .add("HostConfig", Json.createObjectBuilder().add("NetworkMode", "none").add("Init", true)
                        .add("Mounts", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("Type", "bind").add("Source", hostPath).add("Target", "/data")
                                .add("BindOptions", Json.createObjectBuilder().add("Propagation", "rslave")))))
                .build().toString();
        var created = send(HttpRequest.newBuilder(base.resolve("containers/create?name=" + name))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("create " + name + ": " + created.body());
        }
        String id = read(created.body()).asJsonObject().getString("Id");
        send(HttpRequest.newBuilder(base.resolve("containers/" + id + "/start")).POST(HttpRequest.BodyPublishers.noBody()));
        return id;
    }

    /**
     * The cores the container used over the second before the engine answered, as {@code docker stats}
     * computes it: its CPU time's share of the host's, times the host's CPUs.
     */
    public double cpuCores(String container) throws Exception {
        var stats = stats(container);
        var now = stats.getJsonObject("cpu_stats");
        var before = stats.getJsonObject("precpu_stats");
        double used = now.getJsonObject("cpu_usage").getJsonNumber("total_usage").doubleValue()
                - before.getJsonObject("cpu_usage").getJsonNumber("total_usage").doubleValue();
        double system = now.getJsonNumber("system_cpu_usage").doubleValue()
                - (before.containsKey("system_cpu_usage") ? before.getJsonNumber("system_cpu_usage").doubleValue() : 0);
        return system <= 0 ? 0 : used / system * now.getInt("online_cpus");
    }

    /** The memory the container uses now, in bytes, as {@code docker stats} reads it. */
    public long memoryBytes(String container) throws Exception {
        return stats(container).getJsonObject("memory_stats").getJsonNumber("usage").longValue();
    }

    private jakarta.json.JsonObject stats(String container) throws Exception {
        var reply = send(HttpRequest.newBuilder(base.resolve("containers/" + container + "/stats?stream=false")).GET());
        return read(reply.body()).asJsonObject();
    }

    /** Runs a command in a running container (with a terminal, so the output is plain) and returns what it printed. */
    public String exec(String container, String... command) throws Exception {
        String id = createExec(container, command);
        var started = HTTP.send(HttpRequest.newBuilder(base.resolve("exec/" + id + "/start"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"Detach\":false,\"Tty\":true}"))
                .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
        return started.body().replace("\r\n", "\n");
    }

    /** Starts a command in a running container and returns at once; it runs on in the background. */
    public void execDetached(String container, String... command) throws Exception {
        String id = createExec(container, command);
        var started = send(HttpRequest.newBuilder(base.resolve("exec/" + id + "/start"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"Detach\":true,\"Tty\":false}")));
        if (started.statusCode() != 200) {
            throw new IllegalStateException("exec in " + container + ": " + started.body());
        }
    }

    private String createExec(String container, String... command) throws Exception {
        var cmd = Json.createArrayBuilder();
        for (String part : command) {
            cmd.add(part);
        }
        var created = send(HttpRequest.newBuilder(base.resolve("containers/" + container + "/exec"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("AttachStdout", true)
                        .add("AttachStderr", true).add("Tty", true).add("Cmd", cmd).build().toString())));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("exec in " + container + ": " + created.body());
        }
        return read(created.body()).asJsonObject().getString("Id");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static jakarta.json.JsonValue read(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }
}
