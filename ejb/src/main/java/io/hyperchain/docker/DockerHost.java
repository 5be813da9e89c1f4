package io.hyperchain.docker;

import io.hyperchain.shared.DomainException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a node's Docker engine listens: {@code tcp://host:port} (TLS when the port is 2376 and
 * certificates are configured) or {@code unix:///path/to/docker.sock}.
 */
public record DockerHost(String value) {

    public DockerHost {
        value = value == null ? "" : value.strip();
        if (value.isEmpty()) {
            throw invalid("dockerHost.missing", "Enter the Docker host URL of the node, e.g. tcp://10.0.0.5:2376.");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw invalid("dockerHost.malformed", "This is not a URL: " + value);
        }
        String scheme = uri.getScheme();
        if ("tcp".equals(scheme)) {
            if (uri.getHost() == null || uri.getPort() < 1 || uri.getPort() > 65535
                    || (uri.getPath() != null && !uri.getPath().isEmpty()) || uri.getQuery() != null) {
                throw invalid("dockerHost.malformed", "A TCP Docker host is tcp://host:port, e.g. tcp://10.0.0.5:2376.");
            }
        } else if ("unix".equals(scheme)) {
            if (uri.getPath() == null || !uri.getPath().startsWith("/") || uri.getHost() != null) {
                throw invalid("dockerHost.malformed", "A socket Docker host is unix:///path/to/docker.sock.");
            }
        } else {
            throw invalid("dockerHost.scheme", "A Docker host URL starts with tcp:// or unix://.");
        }
    }

    private static DomainException invalid(String code, String message) {
        return DomainException.invalid("dockerHost", code, message);
    }

    @Override
    public String toString() {
        return value;
    }
}
