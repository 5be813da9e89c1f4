package io.hyperchain.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.token.TokenScope;
import org.junit.jupiter.api.Test;

class BearerAuthenticationTest {

    @Test
    void aBearerHeaderGoesToTheTokensWhateverItsCase() {
        assertTrue(BearerAuthentication.presented("Bearer hc_ab12cd34_x"));
        assertTrue(BearerAuthentication.presented("bearer hc_ab12cd34_x"));
        assertTrue(BearerAuthentication.presented("Bearer "), "an empty token is a bad token, answered 401");
        assertFalse(BearerAuthentication.presented("Basic b3BzOnB3"));
        assertFalse(BearerAuthentication.presented("Bearer"));
        assertFalse(BearerAuthentication.presented((String) null));
    }

    @Test
    void aReadTokenReads() {
        assertTrue(BearerAuthentication.allows(TokenScope.READ, "GET", null));
        assertTrue(BearerAuthentication.allows(TokenScope.READ, "HEAD", null));
        assertFalse(BearerAuthentication.allows(TokenScope.READ, "POST", null));
        assertFalse(BearerAuthentication.allows(TokenScope.READ, "DELETE", null));
    }

    @Test
    void openingTheShellIsAWriteThoughItIsAGet() {
        assertFalse(BearerAuthentication.allows(TokenScope.READ, "GET", "websocket"));
        assertFalse(BearerAuthentication.allows(TokenScope.READ, "GET", "WebSocket"));
        assertTrue(BearerAuthentication.allows(TokenScope.READ_WRITE, "GET", "websocket"));
    }

    @Test
    void anotherUpgradeIsNoConnectionOfOurs() {
        assertTrue(BearerAuthentication.allows(TokenScope.READ, "GET", "h2c"), "curl --http2 on plain HTTP");
    }

    @Test
    void aWriteTokenCallsEveryMethod() {
        assertTrue(BearerAuthentication.allows(TokenScope.READ_WRITE, "POST", null));
        assertTrue(BearerAuthentication.allows(TokenScope.READ_WRITE, "DELETE", null));
    }
}
