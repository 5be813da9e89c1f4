package io.hyperchain.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EngineResourcesTest {

    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void theSizeIsTheSecondColumnOfBusyboxsPosixLine() {
        String df = """
                Filesystem           1024-blocks    Used Available Capacity Mounted on
                /dev/nvme0n1p2        245084444 98031276 134533820  43% /engine-root
                """;
        assertEquals(245_084_444L, EngineResources.dfTotalKiB(df));
    }

    @Test
    void aFileSystemWithALongNameStaysOnItsLine() {
        String df = "Filesystem 1024-blocks Used Available Capacity Mounted on\n"
                + "/dev/mapper/ubuntu--vg-ubuntu--lv--with--a--very--long--name 102400 1 102399 1% /engine-root\n";
        assertEquals(102_400L, EngineResources.dfTotalKiB(df));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Filesystem 1024-blocks Used Available Capacity Mounted on\n",
            "df: /engine-root: No such file or directory\n",
            "Filesystem 1024-blocks Used\noverlay x 1 1 1% /engine-root\n",
            "Filesystem 1024-blocks Used\noverlay 0 0 0 0% /engine-root\n"})
    void outputWithoutASizeIsAFailureNotZero(String df) {
        assertThrows(IllegalStateException.class, () -> EngineResources.dfTotalKiB(df));
    }

    @Test
    void memoryAndDiskAreWholeGibRoundedDown() {
        var engine = new EngineResources(4, 16 * GIB - 1, "/var/lib/docker", 100 * GIB + GIB - 1);
        assertEquals(15, engine.memoryGiB());
        assertEquals(100, engine.diskGiB());
        assertEquals(15, engine.getMemoryGiB());
    }
}
