package io.hyperchain.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One HTTP Basic GET from another loopback address (127.0.0.2, 127.0.0.3 …), so the portal sees
 * a different source: java.net.http cannot choose its local address, a plain socket can.
 */
final class LoopbackCaller {

    private LoopbackCaller() {
    }

    /** The status the portal answers to this GET sent from {@code localAddress}. */
    static int status(URI base, String localAddress, String path, String email, String password) throws IOException {
        URI target = base.resolve(path);
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), 5_000);
            socket.setSoTimeout(60_000);
            String credentials = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
            String request = "GET " + target.getRawPath() + " HTTP/1.1\r\n"
                    + "Host: " + target.getHost() + ":" + target.getPort() + "\r\n"
                    + "Authorization: Basic " + credentials + "\r\n"
                    + "Accept: application/json\r\n"
                    + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String statusLine = reader.readLine();
            if (statusLine == null || !statusLine.startsWith("HTTP/")) {
                throw new IOException("no HTTP answer from " + target + " to " + localAddress + ": " + statusLine);
            }
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
