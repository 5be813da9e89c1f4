package io.hyperchain.placement;

import static io.hyperchain.placement.NodeBuilder.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FewerTenantsFirstTest {

    private final FewerTenantsFirst scorer = new FewerTenantsFirst();

    @Test
    void nodeWithFewerTenantsComesFirst() {
        assertTrue(scorer.compare(node(9).tenants(1).build(), node(1).tenants(2).build()) < 0);
        assertTrue(scorer.compare(node(1).tenants(2).build(), node(9).tenants(1).build()) > 0);
    }

    @Test
    void loadDoesNotCount() {
        assertTrue(scorer.compare(node(1).tenants(1).load(0.9).build(), node(2).tenants(2).load(0.1).build()) < 0);
    }

    @Test
    void sameTenantCountIsATie() {
        assertEquals(0, scorer.compare(node(1).tenants(3).load(0.9).build(), node(2).tenants(3).build()));
    }
}
