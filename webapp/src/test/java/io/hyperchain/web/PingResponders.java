package io.hyperchain.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Engines that only answer a ping: nodes for placement tests that need many nodes the node watch
 * sees alive (P1.11) but never run a container. Every path answers 200 "OK".
 */
final class PingResponders implements AutoCloseable {

    private final List<HttpServer> servers = new ArrayList<>();

    /** One responder on each of these loopback addresses, at {@code port}. */
    PingResponders(List<String> addresses, int port) throws IOException {
        for (String address : addresses) {
            var server = HttpServer.create(new InetSocketAddress(address, port), 16);
            server.createContext("/", exchange -> {
                byte[] ok = "OK".getBytes(StandardCharsets.US_ASCII);
                exchange.getResponseHeaders().add("Content-Type", "text/plain");
                exchange.sendResponseHeaders(200, ok.length);
                try (var body = exchange.getResponseBody()) {
                    body.write(ok);
                }
            });
            server.start();
            servers.add(server);
        }
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
    }
}
