package io.hyperchain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PublicUrlTest {

    @Test
    void aLinkIsThePageBelowThePortalsRootWithTheToken() {
        var token = OneTimeToken.random();
        assertEquals("https://portal.example.com/verify.xhtml?token=" + token.value(),
                new PublicUrl("https://portal.example.com/").link("verify.xhtml", token));
        assertEquals("http://localhost:8080/hc/reset.xhtml?token=" + token.value(),
                new PublicUrl(" http://localhost:8080/hc ").link("reset.xhtml", token));
    }

    @Test
    void theDefaultIsTheLocalPortal() {
        assertEquals("http://localhost:8080", new PublicUrl(PublicUrl.DEFAULT).value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"portal.example.com", "ftp://portal.example.com", "https://", "https://x.io/?a=b",
            "https://x.io/#top", "javascript:alert(1)"})
    void anythingButAnHttpUrlIsRefused(String value) {
        assertThrows(IllegalArgumentException.class, () -> new PublicUrl(value));
    }
}
