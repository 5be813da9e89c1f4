package io.hyperchain.cluster;

import io.hyperchain.docker.EngineResources;
import io.hyperchain.shared.DomainException;

/**
 * The capacity an admin asks a new node to offer (P1.10). A figure left out (null) is what the
 * engine's machine has; a figure given is kept: less reserves part of a machine, more over-commits
 * it (as CloudStack's and OpenStack's over-commit ratios do; measured load keeps a hot node out of
 * placement either way). The sub disk is carved from the same file system as the main disks:
 * main disks get what the sub disk leaves. No sub disk unless asked (0: no overflow on that node).
 */
public record RequestedCapacity(Integer cpu, Integer memoryGiB, Integer diskGiB, Integer subDiskGiB) {

    /** A figure given is in range before any engine is asked. */
    public RequestedCapacity {
        requireIfGiven("cpu", cpu, 1, NodeCapacity.MAX_CPU);
        requireIfGiven("memoryGiB", memoryGiB, 1, NodeCapacity.MAX_GIB);
        requireIfGiven("diskGiB", diskGiB, 1, NodeCapacity.MAX_GIB);
        requireIfGiven("subDiskGiB", subDiskGiB, 0, NodeCapacity.MAX_GIB);
    }

    private static void requireIfGiven(String field, Integer value, int min, int max) {
        if (value != null) {
            NodeCapacity.require(field, value, min, max);
        }
    }

    /** Everything read from the engine. */
    public static RequestedCapacity fromEngine() {
        return new RequestedCapacity(null, null, null, null);
    }

    /** The node's capacity on this machine: the blanks filled in, every figure within what is there. */
    public NodeCapacity within(EngineResources engine) {
        int sub = subDiskGiB == null ? 0 : subDiskGiB;
        int cpus = orEngine(cpu, engine.cpus());
        int memory = orEngine(memoryGiB, engine.memoryGiB());
        int subDisk = sub;
        int disk = orEngine(diskGiB, engine.diskGiB() - subDisk);
        if (disk < 1) {
            throw DomainException.invalid("subDiskGiB", "subDiskGiB.overEngine", "The engine has " + engine.diskGiB()
                    + " GiB of disk; a sub disk of " + subDisk + " GiB leaves none for main disks.");
        }
        return new NodeCapacity(cpus, memory, disk, subDisk);
    }

    // a figure given is the admin's (an over-commit is theirs to make); a figure left out is the engine's
    private static int orEngine(Integer given, int engineHas) {
        return given == null ? engineHas : given;
    }
}
