package io.hyperchain.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenNameTest {

    @Test
    void aNameIsKeptStripped() {
        assertEquals("backup script", new TokenName("  backup script ").value());
    }

    @Test
    void sixtyCharactersFitInAnyScript() {
        assertEquals(60, new TokenName("x".repeat(60)).value().length());
        assertEquals(60, new TokenName("토".repeat(60)).value().length());
        assertEquals(60, new TokenName("😀".repeat(60)).value().codePointCount(0, 120));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "line\nbreak", "tab\there"})
    void anEmptyNameOrControlCharactersAreRefused(String name) {
        var refused = assertThrows(DomainException.class, () -> new TokenName(name));
        assertEquals("token.name", refused.code());
        assertEquals("name", refused.field());
    }

    @Test
    void sixtyOneCharactersAreRefused() {
        assertEquals("token.name", assertThrows(DomainException.class, () -> new TokenName("x".repeat(61))).code());
    }
}
