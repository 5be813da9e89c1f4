package io.hyperchain.docker;

import java.util.Arrays;
import java.util.List;

/**
 * What a node's machine has, as its engine says (P1.10): CPUs and memory from {@code docker info},
 * and the size of the file system that holds the engine's storage root (DockerRootDir).
 * JavaBean getters for the pages.
 */
public record EngineResources(int cpus, long memoryBytes, String rootDir, long diskBytes) implements java.io.Serializable {

    static final long GIB = 1024L * 1024 * 1024;

    /** Where the one-off container that measures the disk sees the engine's storage root. */
    static final String MOUNTED_AT = "/engine-root";

    /** Whole GiB of memory, rounded down: a node never offers more than is there. */
    public int memoryGiB() {
        return (int) Math.min(Integer.MAX_VALUE, memoryBytes / GIB);
    }

    /** Whole GiB of disk, rounded down. */
    public int diskGiB() {
        return (int) Math.min(Integer.MAX_VALUE, diskBytes / GIB);
    }

    /**
     * The size in KiB of the one file system {@code df -kP PATH} printed: the second column of
     * its last line (POSIX output keeps every file system on one line).
     */
    static long dfTotalKiB(String dfOutput) {
        List<String> lines = dfOutput == null ? List.of()
                : Arrays.stream(dfOutput.strip().split("\\R")).filter(line -> !line.isBlank()).toList();
        if (lines.size() < 2) {
            throw new IllegalStateException("df printed no file system: " + dfOutput);
        }
        String[] columns = lines.get(lines.size() - 1).strip().split("\\s+");
        try {
            long kib = Long.parseLong(columns.length > 1 ? columns[1] : "");
            if (kib <= 0) {
                throw new NumberFormatException("not positive");
            }
            return kib;
        } catch (NumberFormatException e) {
            throw new IllegalStateException("df printed no size: " + lines.get(lines.size() - 1));
        }
    }

    public int getCpus() {
        return cpus;
    }

    public int getMemoryGiB() {
        return memoryGiB();
    }

    public int getDiskGiB() {
        return diskGiB();
    }

    public String getRootDir() {
        return rootDir;
    }
}
