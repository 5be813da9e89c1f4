package io.hyperchain.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback relay in front of a real engine, so a test can make a node go away (refuse) or hang
 * (accept, never answer) and come back, without touching the engines other tests use.
 */
public final class EngineProxy implements AutoCloseable {

    /** RELAY passes traffic on; DOWN drops every connection at once; HANG accepts and never answers. */
    public enum Mode { RELAY, DOWN, HANG }

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.RELAY;

    public EngineProxy(String dockerHost) throws IOException {
        var target = java.net.URI.create(dockerHost);
        this.targetHost = target.getHost();
        this.targetPort = target.getPort();
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread accept = new Thread(this::acceptLoop, "engine-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    public String dockerHost() {
        return "tcp://127.0.0.1:" + server.getLocalPort();
    }

    public void mode(Mode newMode) {
        mode = newMode;
        // connections already open follow the new mode too: cut them
        open.forEach(EngineProxy::closeQuietly);
        open.clear();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                if (mode == Mode.DOWN) {
                    closeQuietly(client);
                    continue;
                }
                if (mode == Mode.HANG) {
                    continue; // accepted, never answered
                }
                Socket engine = new Socket(targetHost, targetPort);
                open.add(engine);
                pump(client.getInputStream(), engine.getOutputStream(), client, engine);
                pump(engine.getInputStream(), client.getOutputStream(), client, engine);
            } catch (IOException e) {
                // closed, or the engine refused: the client sees its connection drop
            }
        }
    }

    private static void pump(InputStream in, OutputStream out, Socket a, Socket b) {
        Thread t = new Thread(() -> {
            try {
                in.transferTo(out);
            } catch (IOException ignored) {
                // one side went away
            } finally {
                closeQuietly(a);
                closeQuietly(b);
            }
        }, "engine-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        open.forEach(EngineProxy::closeQuietly);
    }
}
