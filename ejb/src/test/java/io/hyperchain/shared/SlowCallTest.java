package io.hyperchain.shared;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class SlowCallTest {

    private static final Logger LOG = Logger.getLogger(SlowCallTest.class.getName());

    @Test
    void aQuickCallIsNotReported() {
        var call = SlowCall.start(LOG, "start of c1");
        assertNull(call.report(System.nanoTime()));
    }

    @Test
    void aSlowCallIsReportedWithItsStepsToldApart() throws InterruptedException {
        var call = SlowCall.start(LOG, "start of c1");
        call.step("disk prepared");
        Thread.sleep(2);
        call.step("container running");
        String line = call.report(System.nanoTime() + SlowCall.SLOW.toNanos());
        assertTrue(line.startsWith("start of c1 took "), line);
        assertTrue(line.matches("start of c1 took \\d+ ms \\(disk prepared \\d+ ms, container running \\d+ ms\\)"), line);
    }
}
