package io.hyperchain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantContextTest {

    @Test
    void aTenantAndItsActorAreKept() {
        var tenant = new TenantContext(7, "alice@example.com");
        assertEquals(7, tenant.tenantId());
        assertEquals("alice@example.com", tenant.actor());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void aTenantIdThatIsNotPositiveIsRefused(long tenantId) {
        assertThrows(IllegalArgumentException.class, () -> new TenantContext(tenantId, "alice@example.com"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void aMissingActorIsRefused(String actor) {
        assertThrows(IllegalArgumentException.class, () -> new TenantContext(7, actor));
    }

    @Test
    void theSameTenantAndActorAreEqual() {
        assertEquals(new TenantContext(7, "alice@example.com"), new TenantContext(7, "alice@example.com"));
    }
}
