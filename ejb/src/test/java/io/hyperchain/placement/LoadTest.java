package io.hyperchain.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadTest {

    @Test
    void combinedLoadIsTheBusiestResource() {
        assertEquals(0.7, new Load(0.7, 0.2, 0.1).combined());
        assertEquals(0.8, new Load(0.1, 0.8, 0.3).combined());
        assertEquals(0.9, new Load(0.1, 0.2, 0.9).combined());
    }

    @Test
    void loadFromAssignmentsIsWhatTenantsWerePromisedOverCapacity() {
        // 4 tenants of (2 cpu, 4 GiB, 20 GiB) on (16 cpu, 64 GiB, 400 GiB)
        var load = Load.fromAssignments(4, 16, 64, 400, BaseAllotment.DEFAULT);
        assertEquals(new Load(0.5, 0.25, 0.2), load);
        assertEquals(0.5, load.combined());
    }

    @Test
    void measuredOrIsTheMeasuredLoadWhereThereIsOne() {
        var promised = new Load(0.5, 0.25, 0.2);
        // hot from real use though little was promised, and idle in reality though much was: measured wins both ways
        assertEquals(new Load(0.95, 0.1, 0.05), Load.measuredOr(promised, Optional.of(new Load(0.95, 0.1, 0.05))));
        assertEquals(new Load(0.01, 0.02, 0.0), Load.measuredOr(new Load(0.99, 0.9, 0.9), Optional.of(new Load(0.01, 0.02, 0.0))));
    }

    @Test
    void measuredOrIsThePromisedLoadWhereNothingWasMeasured() {
        var promised = new Load(0.5, 0.25, 0.2);
        assertEquals(promised, Load.measuredOr(promised, Optional.empty()));
    }

    @Test
    void nodeWithoutTenantsIsIdle() {
        assertEquals(Load.IDLE, Load.fromAssignments(0, 16, 64, 400, BaseAllotment.DEFAULT));
    }

    @Test
    void overCommittedNodeShowsLoadAboveOne() {
        assertEquals(1.25, Load.fromAssignments(10, 16, 64, 400, BaseAllotment.DEFAULT).combined());
    }

    @Test
    void largeFiguresDoNotOverflow() {
        var base = new BaseAllotment(1024, 65536, 65536);
        assertEquals(65536.0, Load.fromAssignments(1_048_576, 1 << 20, 1 << 20, 1 << 20, base).memory());
    }

    @Test
    void negativeOrUndefinedLoadIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Load(-0.1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Load(0, Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new Load(0, 0, Double.POSITIVE_INFINITY));
    }

    @Test
    void capacityOfZeroCannotCarryLoad() {
        assertThrows(IllegalArgumentException.class,
                () -> Load.fromAssignments(1, 16, 0, 400, BaseAllotment.DEFAULT));
    }
}
