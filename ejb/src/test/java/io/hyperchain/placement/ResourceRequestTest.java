package io.hyperchain.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceRequestTest {

    @Test
    void smallestAndLargestRequestsAreAccepted() {
        assertEquals(1, new ResourceRequest(1, 1, 1, 1).cpu());
        var largest = new ResourceRequest(4096, 262_144, 1_048_576, 24);
        assertEquals(4096, largest.in(Dimension.CPU));
        assertEquals(262_144, largest.in(Dimension.MEMORY));
        assertEquals(1_048_576, largest.in(Dimension.DISK));
        assertEquals(24, largest.hoursPerDay());
    }

    @ParameterizedTest
    @CsvSource({
        "cpu,         0,    1,      1,       1",
        "cpu,         4097, 1,      1,       1",
        "memoryGiB,   1,    0,      1,       1",
        "memoryGiB,   1,    262145, 1,       1",
        "diskGiB,     1,    1,      0,       1",
        "diskGiB,     1,    1,      1048577, 1",
        "hoursPerDay, 1,    1,      1,       0",
        "hoursPerDay, 1,    1,      1,       25",
    })
    void figureOutsideItsRangeNamesItsField(String field, int cpu, int memory, int disk, int hours) {
        var e = assertThrows(DomainException.class, () -> new ResourceRequest(cpu, memory, disk, hours));
        assertEquals(Problem.INVALID, e.problem());
        assertEquals(field, e.field());
        assertEquals(field + ".range", e.code());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5000 | 1 | 1 | 1  | cpu must be between 1 and 4096.",
        "1    | 0 | 1 | 1  | memoryGiB must be between 1 and 262144.",
        "1    | 1 | 0 | 1  | diskGiB must be between 1 and 1048576.",
        "1    | 1 | 1 | 30 | hoursPerDay must be between 1 and 24.",
    })
    void rangeMessageGivesTheBounds(int cpu, int memory, int disk, int hours, String message) {
        var e = assertThrows(DomainException.class, () -> new ResourceRequest(cpu, memory, disk, hours));
        assertEquals(message, e.getMessage());
    }

    @Test
    void firstBadFigureIsReported() {
        var e = assertThrows(DomainException.class, () -> new ResourceRequest(0, 0, 0, 0));
        assertEquals("cpu", e.field());
    }
}
