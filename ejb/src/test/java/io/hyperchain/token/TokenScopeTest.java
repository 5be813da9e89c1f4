package io.hyperchain.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.shared.DomainException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenScopeTest {

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD"})
    void aReadTokenReads(String method) {
        assertTrue(TokenScope.READ.allows(method));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "OPTIONS", "get"})
    void aReadTokenCallsNothingElse(String method) {
        assertFalse(TokenScope.READ.allows(method));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"})
    void aWriteTokenCallsEveryMethod(String method) {
        assertTrue(TokenScope.READ_WRITE.allows(method));
    }

    @Test
    void onlyAWriteTokenMayOpenAConnection() {
        assertFalse(TokenScope.READ.canWrite());
        assertTrue(TokenScope.READ_WRITE.canWrite());
    }

    @Test
    void readAloneIsReadAndWriteIncludesRead() {
        assertEquals(TokenScope.READ, TokenScope.of(List.of("read")));
        assertEquals(TokenScope.READ_WRITE, TokenScope.of(List.of("read", "write")));
        assertEquals(TokenScope.READ_WRITE, TokenScope.of(List.of(" Write ")));
        assertEquals(TokenScope.READ, TokenScope.of(List.of("read", "read")));
    }

    @Test
    void theApiNamesAreListsOfWords() {
        assertEquals(List.of("read"), TokenScope.READ.names());
        assertEquals(List.of("read", "write"), TokenScope.READ_WRITE.names());
    }

    @Test
    void anUnknownOrMissingScopeIsRefused() {
        List<List<String>> cases = Arrays.asList(List.of(), List.of("admin"), List.of("read", "delete"), Arrays.asList("read", null), null);
        for (List<String> asked : cases) {
            var refused = assertThrows(DomainException.class, () -> TokenScope.of(asked), String.valueOf(asked));
            assertEquals("token.scope", refused.code());
            assertEquals("scopes", refused.field());
        }
    }
}
