package io.hyperchain.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodeCapacityTest {

    private static final int MAX_GIB = 1 << 20;

    private static void assertOutOfRange(String field, int cpu, int memory, int disk, int subDisk) {
        var e = assertThrows(DomainException.class, () -> new NodeCapacity(cpu, memory, disk, subDisk));
        assertEquals(Problem.INVALID, e.problem());
        assertEquals(field + ".range", e.code());
        assertEquals(field, e.field());
    }

    @Test
    void gettersReturnTheDeclaredFigures() {
        var capacity = new NodeCapacity(16, 64, 500, 100);
        assertEquals(16, capacity.getCpu());
        assertEquals(64, capacity.getMemoryGiB());
        assertEquals(500, capacity.getDiskGiB());
        assertEquals(100, capacity.getSubDiskGiB());
        assertEquals(capacity.cpu(), capacity.getCpu());
    }

    @Test
    void smallestCapacityIsOneOfEachAndNoSubDisk() {
        var capacity = new NodeCapacity(1, 1, 1, 0);
        assertEquals(0, capacity.subDiskGiB());
    }

    @Test
    void largestCapacityIsAccepted() {
        assertEquals(NodeCapacity.MAX_CPU, new NodeCapacity(1024, MAX_GIB, MAX_GIB, MAX_GIB).cpu());
        assertEquals(MAX_GIB, NodeCapacity.MAX_GIB);
    }

    @ParameterizedTest
    @CsvSource({
        "cpu,        0,       1,       1,       0",
        "cpu,        -1,      1,       1,       0",
        "cpu,        1025,    1,       1,       0",
        "memoryGiB,  1,       0,       1,       0",
        "memoryGiB,  1,       1048577, 1,       0",
        "diskGiB,    1,       1,       0,       0",
        "diskGiB,    1,       1,       1048577, 0",
        "subDiskGiB, 1,       1,       1,       -1",
        "subDiskGiB, 1,       1,       1,       1048577",
    })
    void figureOutsideItsRangeNamesItsField(String field, int cpu, int memory, int disk, int subDisk) {
        assertOutOfRange(field, cpu, memory, disk, subDisk);
    }

    @Test
    void firstBadFigureIsReported() {
        assertOutOfRange("cpu", 0, 0, 0, -1);
        assertOutOfRange("memoryGiB", 1, 0, 0, -1);
    }

    @Test
    void rangeMessageGivesTheBounds() {
        var e = assertThrows(DomainException.class, () -> new NodeCapacity(2000, 1, 1, 0));
        assertEquals("cpu must be between 1 and 1024.", e.getMessage());
    }
}
