package io.hyperchain.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityHeadersTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    @ParameterizedTest
    @ValueSource(strings = {"/login.xhtml", "/ui/tenant/dashboard.xhtml", "/jakarta.faces.resource/core.js.xhtml",
            "/vendor/xterm/5.5.0/lib/xterm.js", "/shell", "/", "/apiary.xhtml", "/ui/api/x.xhtml", "/metricsboard.xhtml"})
    void pagesAndTheirFilesGetThePagePolicyAndMayBeCached(String path) {
        var headers = SecurityHeaders.forPath(path);
        assertEquals(SecurityHeaders.PAGE_POLICY, headers.get("Content-Security-Policy"));
        assertFalse(headers.containsKey("Cache-Control"), "pages keep the container's caching: " + headers);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/api/v1/me", "/api/v1/accounting/exports", "/api/v1/no-such-thing", "/metrics",
            "/metrics/base"})
    void theApiAndTheMetricsGetThePolicyThatAllowsNothingAndAreNeverStored(String path) {
        var headers = SecurityHeaders.forPath(path);
        assertEquals(SecurityHeaders.API_POLICY, headers.get("Content-Security-Policy"));
        assertTrue(SecurityHeaders.API_POLICY.startsWith("default-src 'none'"));
        assertEquals("no-store", headers.get("Cache-Control"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login.xhtml", "/api/v1/me", "/vendor/xterm/5.5.0/css/xterm.css"})
    void everyResponseRefusesFramingSniffingAndCrossSiteReferrers(String path) {
        var headers = SecurityHeaders.forPath(path);
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals("same-origin", headers.get("Referrer-Policy"));
        assertEquals(SecurityHeaders.PERMISSIONS_POLICY, headers.get("Permissions-Policy"));
        assertTrue(headers.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
    }

    @Test
    void thePagePolicyAllowsOnlyOurOriginAndNoEval() {
        var directives = List.of(SecurityHeaders.PAGE_POLICY.split("; "));
        assertTrue(directives.containsAll(List.of("default-src 'self'", "frame-ancestors 'none'", "base-uri 'self'",
                "form-action 'self'", "object-src 'none'", "img-src 'self' data:", "connect-src 'self' ws: wss:")),
                SecurityHeaders.PAGE_POLICY);
        assertFalse(SecurityHeaders.PAGE_POLICY.contains("unsafe-eval"), "nothing of ours or PrimeFaces' needs eval");
        assertFalse(SecurityHeaders.PAGE_POLICY.contains("*"), "no wildcard hosts");
        assertFalse(SecurityHeaders.PAGE_POLICY.contains("http"), "no other site");
    }

    /**
     * Our own code lives in resource files: no page has a script block of its own (PrimeFaces and
     * Mojarra still render inline handlers and widget scripts, hence 'unsafe-inline'). This keeps
     * the way open to a nonce policy (PrimeFaces' primefaces.CSP) without hunting for our scripts.
     */
    @Test
    void noPageOfOursHasAnInlineScriptBlock() throws IOException {
        var inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            var offenders = files.filter(file -> file.toString().endsWith(".xhtml"))
                    .filter(file -> inlineScript.matcher(read(file)).find())
                    .toList();
            assertEquals(List.of(), offenders);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
