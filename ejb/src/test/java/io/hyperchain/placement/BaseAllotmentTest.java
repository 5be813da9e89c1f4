package io.hyperchain.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaseAllotmentTest {

    @Test
    void defaultGivesEachTenantTwoCpusFourGibMemoryAndTwentyGibDisk() {
        assertEquals(new BaseAllotment(2, 4, 20), BaseAllotment.DEFAULT);
    }

    @Test
    void boundsAreAccepted() {
        assertEquals(1, new BaseAllotment(1, 1, 1).cpu());
        var largest = new BaseAllotment(1024, 65536, 65536);
        assertEquals(65536, largest.memoryGiB());
        assertEquals(65536, largest.diskGiB());
    }

    @Test
    void eachDimensionReadsItsOwnFigure() {
        var base = new BaseAllotment(2, 4, 20);
        assertEquals(2, base.in(Dimension.CPU));
        assertEquals(4, base.in(Dimension.MEMORY));
        assertEquals(20, base.in(Dimension.DISK));
    }

    @ParameterizedTest
    @CsvSource({
        "baseCpu,       0,    1,     1",
        "baseCpu,       1025, 1,     1",
        "baseMemoryGiB, 1,    0,     1",
        "baseMemoryGiB, 1,    65537, 1",
        "baseDiskGiB,   1,    1,     -5",
        "baseDiskGiB,   1,    1,     65537",
    })
    void figureOutsideItsRangeNamesItsField(String field, int cpu, int memory, int disk) {
        var e = assertThrows(DomainException.class, () -> new BaseAllotment(cpu, memory, disk));
        assertEquals(Problem.INVALID, e.problem());
        assertEquals(field, e.field());
        assertEquals(field + ".range", e.code());
    }

    @Test
    void rangeMessageGivesTheBounds() {
        var e = assertThrows(DomainException.class, () -> new BaseAllotment(2, 70000, 20));
        assertEquals("baseMemoryGiB must be between 1 and 65536.", e.getMessage());
    }
}
