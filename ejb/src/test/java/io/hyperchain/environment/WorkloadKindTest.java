package io.hyperchain.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkloadKindTest {

    @Test
    void theApiWordsAndTheNamesAreKinds() {
        assertEquals(WorkloadKind.SERVICE, WorkloadKind.parse("service"));
        assertEquals(WorkloadKind.BATCH, WorkloadKind.parse("batch"));
        assertEquals(WorkloadKind.BATCH, WorkloadKind.parse("BATCH"));
        assertEquals("batch", WorkloadKind.BATCH.word());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "cron", "Service", " batch", "ſervice", "SERVICE\u0000"})
    void anythingElseIsA400NamingTheKind(String text) {
        var e = assertThrows(DomainException.class, () -> WorkloadKind.parse(text));
        assertEquals(Problem.INVALID, e.problem());
        assertEquals("kind.invalid", e.code());
        assertEquals("kind", e.field());
    }
}
