package io.hyperchain.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.balance.WorkloadKind;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkloadKindWordsTest {

    @Test
    void theApiWordsAndTheNamesAreKinds() {
        assertEquals(WorkloadKind.SERVICE, WorkloadSettings.kind("service"));
        assertEquals(WorkloadKind.BATCH, WorkloadSettings.kind("batch"));
        assertEquals(WorkloadKind.BATCH, WorkloadSettings.kind("BATCH"));
        assertEquals("batch", WorkloadKind.BATCH.word());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "cron", "Service", " batch", "ſervice", "SERVICE\u0000"})
    void anythingElseIsA400NamingTheKind(String text) {
        var e = assertThrows(DomainException.class, () -> WorkloadSettings.kind(text));
        assertEquals(Problem.INVALID, e.problem());
        assertEquals("kind.invalid", e.code());
        assertEquals("kind", e.field());
    }
}
