package io.hyperchain.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HelperSpecTest {

    @Test
    void aHelperIsNamedAfterTheInstallationPrefixAndTheNode() {
        // the name is the helper's identity on the engine: a new one would leave the old helper running
        assertEquals("hc-0123abcd-n7-helper", HelperSpec.nameFor("0123abcd-4567-89ef", 7));
    }
}
