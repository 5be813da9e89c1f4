package io.hyperchain.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RebalancePolicyTest {

    @Test
    void defaultsAreTheSpecsSettings() {
        assertEquals(new RebalancePolicy(0.25, 3, 0.02, 2, Duration.ofHours(1), 0.8), RebalancePolicy.defaults());
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        Duration hour = Duration.ofHours(1);
        assertThrows(IllegalArgumentException.class, () -> new RebalancePolicy(-0.1, 3, 0.02, 2, hour, 0.8));
        assertThrows(IllegalArgumentException.class, () -> new RebalancePolicy(Double.NaN, 3, 0.02, 2, hour, 0.8));
        assertThrows(IllegalArgumentException.class, () -> new RebalancePolicy(0.25, 0, 0.02, 2, hour, 0.8));
        assertThrows(IllegalArgumentException.class, () -> new RebalancePolicy(0.25, 3, -0.01, 2, hour, 0.8));
        assertThrows(IllegalArgumentException.class, () -> new RebalancePolicy(0.25, 3, 0.02, -1, hour, 0.8));
        assertThrows(IllegalArgumentException.class, () -> new RebalancePolicy(0.25, 3, 0.02, 2, hour.negated(), 0.8));
        assertThrows(NullPointerException.class, () -> new RebalancePolicy(0.25, 3, 0.02, 2, null, 0.8));
        assertThrows(IllegalArgumentException.class, () -> new RebalancePolicy(0.25, 3, 0.02, 2, hour, 0));
    }
}
