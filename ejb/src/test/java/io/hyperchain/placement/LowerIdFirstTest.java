package io.hyperchain.placement;

import static io.hyperchain.placement.NodeBuilder.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LowerIdFirstTest {

    private final LowerIdFirst scorer = new LowerIdFirst();

    @Test
    void lowerIdComesFirstWhateverElseDiffers() {
        assertTrue(scorer.compare(node(1).tenants(5).load(0.9).build(), node(2).build()) < 0);
        assertTrue(scorer.compare(node(2).build(), node(1).tenants(5).build()) > 0);
    }

    @Test
    void idsAreComparedAsNumbersNotText() {
        assertTrue(scorer.compare(node(9).build(), node(10).build()) < 0);
        assertTrue(scorer.compare(node(-1).build(), node(Long.MAX_VALUE).build()) < 0);
    }

    @Test
    void sameNodeIsATie() {
        assertEquals(0, scorer.compare(node(4).build(), node(4).build()));
    }
}
