package io.hyperchain.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NodeScriptCompactTest {

    @Test
    void commentLinesAndIndentationGoTheShebangAndCodeStay() {
        assertEquals("#!/bin/sh\na=1\necho \"$a\" # said\n",
                NodeScript.compact("#!/bin/sh\n# why\n\n    a=1\n  # more\n\techo \"$a\" # said\n"));
    }

    @Test
    void everyScriptLoadsAndRunsAsShDashCWithItsArgumentsAfter() {
        for (NodeScript script : NodeScript.values()) {
            assertFalse(script.text().isBlank(), script.name());
            assertFalse(script.text().lines().anyMatch(l -> l.startsWith("# ")), script + " carries no comment lines");
        }
        var command = NodeScript.RUN.command(java.util.List.of("12"), java.util.List.of("echo", "a b"));
        assertEquals(java.util.List.of("sh", "-c", NodeScript.RUN.text(), "hc-run", "12", "echo", "a b"), command);
        assertTrue(NodeScript.RUN.text().contains("state_of()"), "the task scripts carry lib.sh");
    }
}
