package io.hyperchain.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A script's view of the REST API: JSON in and out, cookies kept like a browser keeps them. */
public final class PortalClient {

    private final URI base;
    private final HttpClient http;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public PortalClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Sends HTTP Basic credentials with every request from now on. */
    public PortalClient basic(String email, String password) {
        headers.put("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** Sends an API token as {@code Authorization: Bearer} with every request from now on. */
    public PortalClient bearer(String token) {
        headers.put("Authorization", "Bearer " + token);
        return this;
    }

    /** Stops sending credentials: from now on only the session cookie speaks for us. */
    public PortalClient cookieOnly() {
        headers.remove("Authorization");
        return this;
    }

    public PortalClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A PUT of raw bytes (a template's image tarball): streamed as given, with this Content-Type. */
    public Reply put(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /**
     * Signs a tenant up and, when that worked (201), has the admin verify its e-mail address
     * ({@link #verifyByAdmin}), as if its owner had opened the mailed link: what the tests that go on
     * to request and start need. The sign-up's reply is returned. Tests of verification itself use
     * {@link #signUpUnverified}.
     */
    public Reply signUp(String tenantName, String email, String password) {
        var reply = signUpUnverified(tenantName, email, password);
        if (reply.status() == 201) {
            verifyByAdmin(base, email);
        }
        return reply;
    }

    /** POST /api/v1/signup and nothing more: the account's e-mail is not verified. */
    public Reply signUpUnverified(String tenantName, String email, String password) {
        return post("api/v1/signup", Json.createObjectBuilder()
                .add("tenantName", tenantName).add("email", email).add("password", password).build().toString());
    }

    /**
     * The admin vouches for the address (POST /api/v1/admin/users/{email}/verify, a real operational
     * route): the tests' stand-in for a tenant opening its verification mail, since the tests' SMTP
     * server runs only where a test reads mail.
     */
    public static void verifyByAdmin(URI base, String email) {
        String path = "api/v1/admin/users/" + URLEncoder.encode(email.strip(), StandardCharsets.UTF_8).replace("+", "%20")
                + "/verify";
        var reply = new PortalClient(base).basic(TestEnvironment.adminEmail(), TestEnvironment.adminPassword()).post(path, "{}");
        if (reply.status() != 204) {
            throw new AssertionError("the admin could not verify " + email + ": " + reply);
        }
    }

    /** A download: the status and the bytes as sent (a PDF, a zip, a CSV with its BOM). */
    public Download download(String path, String accept) {
        try {
            var response = http.send(request(path).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Download(int status, byte[] bytes, HttpHeaders headers) {

        public String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        headers.forEach(builder::header);
        return builder;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String body, HttpHeaders headers) {

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            } catch (RuntimeException e) {
                throw new AssertionError("not a JSON object (HTTP " + status + "): " + body, e);
            }
        }

        public JsonArray array() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            } catch (RuntimeException e) {
                throw new AssertionError("not a JSON array (HTTP " + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + body;
        }
    }
}
