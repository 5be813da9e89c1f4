package io.hyperchain.web.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameOriginTest {

    @ParameterizedTest
    @CsvSource({
            "http://localhost:8080, localhost:8080",
            "http://LOCALHOST:8080, localhost:8080",
            "https://portal.example, portal.example",
            "https://portal.example, portal.example:443",
            "https://portal.example:443, portal.example",
            "http://portal.example, portal.example:80",
            "http://127.0.0.1:8080, 127.0.0.1:8080",
            "http://[::1]:8080, [::1]:8080"
    })
    void thePortalsOwnPagesMayOpenTheShell(String origin, String host) {
        assertTrue(SameOrigin.allows(origin, host));
    }

    @ParameterizedTest
    @CsvSource({
            "https://evil.example, portal.example",
            "https://portal.example.evil.example, portal.example",
            "http://localhost:8081, localhost:8080",
            "http://localhost, localhost:8080",
            "https://portal.example, portal.example:80",
            "null, localhost:8080",
            "file://, localhost:8080",
            "ftp://localhost:8080, localhost:8080",
            "http://localhost:8080, localhost:8080/x",
            "http://localhost:8080, user@localhost:8080",
            "not a url, localhost:8080"
    })
    void otherSitesMayNot(String origin, String host) {
        assertFalse(SameOrigin.allows(origin, host));
    }

    @ParameterizedTest
    @CsvSource(value = {"NULL, localhost:8080", "http://localhost:8080, NULL", "http://localhost:8080, ''"},
            nullValues = "NULL")
    void aMissingHeaderIsRefused(String origin, String host) {
        assertFalse(SameOrigin.allows(origin, host));
    }
}
