package io.hyperchain.docker;

import io.hyperchain.cluster.DockerHost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Everything the portal asks of a Docker engine goes through here. */
@ApplicationScoped
public class DockerGateway {

    @Inject
    DockerClients clients;

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
}
