package io.hyperchain.placement;

import static io.hyperchain.placement.NodeBuilder.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LowerLoadFirstTest {

    private final LowerLoadFirst scorer = new LowerLoadFirst();

    @Test
    void nodeWithLowerLoadComesFirst() {
        assertTrue(scorer.compare(node(9).load(0.2).build(), node(1).load(0.3).build()) < 0);
        assertTrue(scorer.compare(node(1).load(0.3).build(), node(9).load(0.2).build()) > 0);
    }

    @Test
    void loadIsJudgedOnTheBusiestResource() {
        var cpuBusy = node(1).load(new Load(0.6, 0.1, 0.1)).build();
        var diskBusy = node(2).load(new Load(0.1, 0.1, 0.7)).build();
        assertTrue(scorer.compare(cpuBusy, diskBusy) < 0);
    }

    @Test
    void sameCombinedLoadIsATie() {
        assertEquals(0, scorer.compare(node(1).load(new Load(0.5, 0, 0)).build(),
                node(2).tenants(4).load(new Load(0, 0, 0.5)).build()));
    }
}
