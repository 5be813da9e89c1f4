package io.hyperchain.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.shared.DomainException;
import org.junit.jupiter.api.Test;

class GroupNameTest {

    private static String refusal(String name) {
        return assertThrows(DomainException.class, () -> new GroupName(name)).code();
    }

    @Test
    void aNameIsTrimmedAndMayUseAnyLanguage() {
        assertEquals("rack 1", new GroupName("  rack 1 ").value());
        assertEquals("서울 1층", new GroupName("서울 1층").value());
        assertEquals("db.primary_2-a", new GroupName("db.primary_2-a").value());
        assertEquals("g".repeat(64), new GroupName("g".repeat(64)).value());
    }

    @Test
    void anEmptyLongOrOddNameIsRefusedNamingTheRule() {
        assertEquals("name.missing", refusal(null));
        assertEquals("name.missing", refusal("   "));
        assertEquals("name.tooLong", refusal("g".repeat(65)));
        assertEquals("name.invalid", refusal("-dash first"));
        assertEquals("name.invalid", refusal("a/b"));
        assertEquals("name.invalid", refusal("<script>"));
        assertEquals("name.invalid", refusal("tab\there"));
    }
}
