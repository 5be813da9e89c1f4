package io.hyperchain.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class GroupNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"web", "workers", "a", "0", "db_primary", "front-end", "A-Z_0-9", "-", "__"})
    void lettersDigitsDashesAndUnderscoresUpToFortyAreAName(String text) {
        assertEquals(text.toLowerCase(java.util.Locale.ROOT), GroupName.of(text).value());
    }

    @Test
    void fortyCharactersAreTheMostANameHas() {
        assertEquals(40, GroupName.of("w".repeat(40)).value().length());
        assertThrows(DomainException.class, () -> GroupName.of("w".repeat(41)));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", " web", "web ", "web server", "web/1", "web.1", "..", "%2e", "웹", "café", "web\u0000",
            "web\n", "\u202Eweb", "a;b", "<script>", "ｗｅｂ"})
    void anythingElseIsA400NamingTheRule(String text) {
        var e = assertThrows(DomainException.class, () -> GroupName.of(text));
        assertEquals(Problem.INVALID, e.problem());
        assertEquals("group.invalid", e.code());
        assertEquals("group", e.field());
        assertTrue(e.getMessage().contains("1 to 40"), e.getMessage());
    }

    @Test
    void aNameIsKeptInLowerCaseSoWebAndWEBAreOneGroup() {
        assertEquals(GroupName.of("web"), GroupName.of("WEB"));
        assertEquals("web", GroupName.of("Web").toString());
    }

    @Test
    void aChangeKeepsClearsOrSetsTheGroup() {
        assertTrue(GroupChange.KEEP.keeps());
        var cleared = GroupChange.to(null);
        assertEquals(false, cleared.keeps());
        assertNull(cleared.name());
        assertEquals(GroupName.of("web"), GroupChange.to("Web").name());
        assertEquals("group.invalid", assertThrows(DomainException.class, () -> GroupChange.to("")).code(),
                "an empty name is no way to clear: null is");
    }
}
