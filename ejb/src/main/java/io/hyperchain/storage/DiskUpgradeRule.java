package io.hyperchain.storage;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;

/** P2.6: what a bigger main disk may be: larger than today's, and no more than the node has free. */
public final class DiskUpgradeRule {

    static final int MAX_GIB = 65536;

    private DiskUpgradeRule() {
    }

    /**
     * @param currentMiB  the allotment today
     * @param requestedGiB the size asked for
     * @param nodeFreeMiB  the node's main disk not yet allotted to anyone
     * @return the new size in MiB
     */
    public static long check(long currentMiB, Integer requestedGiB, long nodeFreeMiB) {
        if (requestedGiB == null) {
            throw DomainException.invalid("newMainDiskGiB", "disk.size.missing", "Say how many GiB the main disk should have.");
        }
        if (requestedGiB < 1 || requestedGiB > MAX_GIB) {
            throw DomainException.invalid("newMainDiskGiB", "disk.size.range",
                    "The new main disk must be between 1 and " + MAX_GIB + " GiB.");
        }
        long requestedMiB = requestedGiB * 1024L;
        if (requestedMiB <= currentMiB) {
            throw DomainException.invalid("newMainDiskGiB", "disk.size.notLarger",
                    "The new main disk must be larger than today's " + gib(currentMiB) + " GiB.");
        }
        if (requestedMiB - currentMiB > nodeFreeMiB) {
            throw new DomainException(Problem.UNPROCESSABLE, "disk.size.nodeFull", "newMainDiskGiB",
                    "The node has only " + gib(Math.max(0, nodeFreeMiB)) + " GiB of main disk free: at most "
                            + gib(currentMiB + Math.max(0, nodeFreeMiB)) + " GiB is possible here.");
        }
        return requestedMiB;
    }

    static String gib(long mib) {
        return mib % 1024 == 0 ? Long.toString(mib / 1024) : String.format(java.util.Locale.ROOT, "%.2f", mib / 1024.0);
    }
}
