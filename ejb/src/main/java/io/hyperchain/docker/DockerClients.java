package io.hyperchain.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import io.hyperchain.docker.DockerHost;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One pooled docker-java client per engine, kept for the life of the portal. Short timeouts:
 * a dead node must cost a page a couple of seconds, not a minute.
 */
@ApplicationScoped
public class DockerClients {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(5);

    /** A ping must answer this fast: the node watch pings every second and a miss is a miss. */
    static final Duration PING_TIMEOUT = Duration.ofMillis(800);

    private final Map<String, DockerClient> clients = new ConcurrentHashMap<>();
    private final Map<String, DockerClient> pinging = new ConcurrentHashMap<>();
    private final Map<String, DockerClient> streaming = new ConcurrentHashMap<>();

    public DockerClient forHost(DockerHost host) {
        return clients.computeIfAbsent(host.value(), h -> open(h, 32, RESPONSE_TIMEOUT));
    }

    /**
     * Drops the pooled clients of an engine that was down: their kept connections died with it, and
     * the first call on one would fail (no answer) although the engine is back.
     */
    public void forget(DockerHost host) {
        for (var pool : java.util.List.of(streaming, pinging, clients)) {
            var client = pool.remove(host.value());
            if (client != null) {
                try {
                    client.close();
                } catch (IOException ignored) {
                    // it is being dropped because its connections are dead
                }
            }
        }
    }

    /**
     * How long a fence order may wait at an engine that does not answer: a frozen engine keeps the
     * request queued and carries it out the moment it runs again; after this, fencing on its return
     * does the work alone.
     */
    static final Duration FENCE_ORDER_WAIT = Duration.ofMinutes(10);

    /** A client of its own for one fence order (the caller closes it): it waits long for an answer. */
    public DockerClient forFenceOrder(DockerHost host) {
        return open(host.value(), 1, FENCE_ORDER_WAIT, CONNECT_TIMEOUT);
    }

    /** A small client for the node watch's pings: short connect and response timeouts. */
    public DockerClient forPing(DockerHost host) {
        return pinging.computeIfAbsent(host.value(), h -> open(h, 2, PING_TIMEOUT, PING_TIMEOUT));
    }

    /**
     * A pooled client without a response timeout, for calls that may send nothing for long
     * (a node helper moving a disk's files back).
     */
    public DockerClient streamingFor(DockerHost host) {
        return streaming.computeIfAbsent(host.value(), h -> open(h, 16, null));
    }

    /** A client of its own (the caller closes it); {@code responseTimeout} null = none. */
    public static DockerClient open(String host, int maxConnections, Duration responseTimeout) {
        return open(host, maxConnections, responseTimeout, CONNECT_TIMEOUT);
    }

    private static DockerClient open(String host, int maxConnections, Duration responseTimeout, Duration connectTimeout) {
        var config = DefaultDockerClientConfig.createDefaultConfigBuilder().withDockerHost(host).build();
        var http = new ApacheDockerHttpClient.Builder()
                .dockerHost(URI.create(host))
                .sslConfig(config.getSSLConfig())
                .maxConnections(maxConnections)
                .connectionTimeout(connectTimeout);
        if (responseTimeout != null) {
            http.responseTimeout(responseTimeout);
        }
        return DockerClientImpl.getInstance(config, http.build());
    }

    @PreDestroy
    void closeAll() {
        for (var pool : java.util.List.of(streaming, pinging, clients)) {
            pool.values().forEach(client -> {
                try {
                    client.close();
                } catch (IOException ignored) {
                    // shutting down: nothing to do about a client that fails to close
                }
            });
            pool.clear();
        }
    }
}
