package io.hyperchain.web;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One caller of the API for the tests that send thousands of requests: logged in once with HTTP Basic,
 * then carried by the session cookie and its CSRF token, as a script does. (Every Basic request checks
 * the password, 600,000 rounds of PBKDF2: a few hundred ms each, too slow for a sweep or a fuzz.) Sends
 * exactly the bytes and headers it is given, and is safe to use from many threads.
 */
final class ApiCaller {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    /** A request as sent: the path (and query) under the portal's base, extra headers, the body's bytes (null: none). */
    record Request(String method, String path, Map<String, String> headers, byte[] body) {

        static Request of(String method, String path) {
            return new Request(method, path, Map.of(), null);
        }

        static Request json(String method, String path, String json) {
            return new Request(method, path, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
        }

        int size() {
            return body == null ? 0 : body.length;
        }
    }

    /** The answer; {@code failure} is set (and status 0) when none came: a reset connection, a timeout. */
    record Answer(int status, String body, HttpHeaders headers, Exception failure) {

        String code() {
            if (!body.startsWith("{")) {
                return null;
            }
            try (var reader = Json.createReader(new StringReader(body))) {
                var json = reader.readObject();
                return json.containsKey("code") && !json.isNull("code") ? json.getString("code") : null;
            } catch (RuntimeException e) {
                return null;
            }
        }

        String contentType() {
            return headers == null ? "" : headers.firstValue("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            if (failure != null) {
                return "no answer: " + failure;
            }
            String text = body.replaceAll("\\s+", " ");
            return "HTTP " + status + " " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    private final URI base;
    private final String who;
    private final String cookie;
    private final String csrfToken;

    private ApiCaller(URI base, String who, String cookie, String csrfToken) {
        this.base = base;
        this.who = who;
        this.cookie = cookie;
        this.csrfToken = csrfToken;
    }

    /** No login at all. */
    static ApiCaller anonymous(URI base) {
        return new ApiCaller(base, "anonymous", null, null);
    }

    /** Logs in with HTTP Basic once (GET /api/v1/me) and keeps the session it opens. */
    static ApiCaller logIn(URI base, String email, String password) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        var anonymous = anonymous(base);
        var me = anonymous.send(new Request("GET", "api/v1/me", Map.of("Authorization", basic), null));
        if (me.status() != 200) {
            throw new AssertionError("logging in as " + email + " failed: " + me);
        }
        String session = me.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0]).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no session cookie after logging in as " + email + ": " + me.headers().map()));
        String token;
        try (var reader = Json.createReader(new StringReader(me.body()))) {
            token = reader.readObject().getString("csrfToken");
        }
        var caller = new ApiCaller(base, email, session, token);
        var again = caller.send(Request.of("GET", "api/v1/me"));
        if (again.status() != 200) {
            throw new AssertionError("the session of " + email + " does not carry the login: " + again);
        }
        return caller;
    }

    String who() {
        return who;
    }

    /** The session cookie ("JSESSIONID=…"), for pages; null when anonymous. */
    String cookie() {
        return cookie;
    }

    Answer get(String path) {
        return send(Request.of("GET", path));
    }

    Answer send(Request request) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (cookie != null) {
            headers.put("Cookie", cookie);
            headers.put("X-CSRF-Token", csrfToken);
        }
        request.headers().forEach((name, value) -> headers.merge(name, value,
                (ours, theirs) -> name.equalsIgnoreCase("Cookie") ? ours + "; " + theirs : theirs));
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(base.resolve(request.path())).timeout(Duration.ofSeconds(60));
            headers.forEach(builder::header);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the test built a request Java cannot send: " + request.method() + " "
                    + request.path() + " " + request.headers(), e);
        }
        builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        try {
            var response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response.headers(), null);
        } catch (IOException e) {
            return new Answer(0, "", null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
