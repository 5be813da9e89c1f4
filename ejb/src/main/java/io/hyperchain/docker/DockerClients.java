package io.hyperchain.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import io.hyperchain.cluster.DockerHost;
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

    private final Map<String, DockerClient> clients = new ConcurrentHashMap<>();

    public DockerClient forHost(DockerHost host) {
        return clients.computeIfAbsent(host.value(), DockerClients::open);
    }

    private static DockerClient open(String host) {
        var config = DefaultDockerClientConfig.createDefaultConfigBuilder().withDockerHost(host).build();
        var http = new ApacheDockerHttpClient.Builder()
                .dockerHost(URI.create(host))
                .sslConfig(config.getSSLConfig())
                .maxConnections(32)
                .connectionTimeout(CONNECT_TIMEOUT)
                .responseTimeout(RESPONSE_TIMEOUT)
                .build();
        return DockerClientImpl.getInstance(config, http);
    }

    @PreDestroy
    void closeAll() {
        clients.values().forEach(client -> {
            try {
                client.close();
            } catch (IOException ignored) {
                // shutting down: nothing to do about a client that fails to close
            }
        });
        clients.clear();
    }
}
