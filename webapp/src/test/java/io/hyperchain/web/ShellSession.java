package io.hyperchain.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** A script's end of the /shell WebSocket: what arrived, and how it closed. */
final class ShellSession implements WebSocket.Listener {

    private final StringBuffer received = new StringBuffer();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private WebSocket socket;

    /** Opens /shell with the given Origin and, when email is not null, HTTP Basic credentials. */
    static ShellSession open(URI base, String origin, String email, String password) throws Exception {
        var session = new ShellSession();
        var builder = HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", origin);
        if (email != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            session.socket = builder.buildAsync(URI.create(base.toString().replace("http://", "ws://")).resolve("shell"),
                    session).get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof java.net.http.WebSocketHandshakeException refused) {
                // say what the portal answered instead of switching protocols
                throw new AssertionError("the shell's handshake was answered HTTP " + refused.getResponse().statusCode()
                        + " " + refused.getResponse().body() + " (" + (email == null ? "anonymous" : email) + ")", e);
            }
            throw e;
        }
        return session;
    }

    void type(String text) {
        socket.sendText("{\"type\":\"input\",\"data\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\r", "\\r") + "\"}", true).join();
    }

    String received() {
        return received.toString();
    }

    /** Waits until the output holds the text, or fails with what arrived. */
    void waitFor(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!received().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited for '" + text + "', got: " + received());
            }
            Thread.sleep(50);
        }
    }

    void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        received.append(data);
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        received.append(StandardCharsets.UTF_8.decode(data));
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }
}
