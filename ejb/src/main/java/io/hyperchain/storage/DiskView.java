package io.hyperchain.storage;

import java.time.Instant;

/**
 * One allotment as people see it: its node, size, use, and state — normal, redirected to the sub
 * disk, or upgrade pending. JavaBean getters for the pages.
 */
public record DiskView(long id, long tenantId, String tenantName, long nodeId, String nodeName, Long workloadId,
                       long mainMiB, long mainKiB, long usedKiB, long upperKiB, long subFreeKiB, boolean subLow,
                       String state, Long pendingUpgradeMiB, Long reactionMillis, Instant redirectedAt) {

    public static final String NORMAL = "NORMAL";
    public static final String REDIRECTED = "REDIRECTED";
    public static final String UPGRADE_PENDING = "UPGRADE_PENDING";

    static String stateOf(boolean redirected, Long pendingUpgradeMiB) {
        return pendingUpgradeMiB != null ? UPGRADE_PENDING : redirected ? REDIRECTED : NORMAL;
    }

    /** Main disk use in percent (of what the file system reports, else of the allotment). */
    public int getUsedPercent() {
        long total = mainKiB > 0 ? mainKiB : mainMiB * 1024;
        return total <= 0 ? 0 : (int) Math.min(100, usedKiB * 100 / total);
    }

    public long getId() {
        return id;
    }

    public String getTenantName() {
        return tenantName;
    }

    public String getNodeName() {
        return nodeName;
    }

    public String getMainGiB() {
        return DiskUpgradeRule.gib(mainMiB);
    }

    public long getMainMiB() {
        return mainMiB;
    }

    public long getUsedMiB() {
        return usedKiB / 1024;
    }

    public long getUpperMiB() {
        return upperKiB / 1024;
    }

    public long getSubFreeMiB() {
        return subFreeKiB / 1024;
    }

    public boolean isSubLow() {
        return subLow;
    }

    public String getState() {
        return state;
    }

    public Long getPendingUpgradeMiB() {
        return pendingUpgradeMiB;
    }

    /** The smallest size an upgrade may ask for: one GiB more than today. */
    public long getNextGiB() {
        return mainMiB / 1024 + 1;
    }
}
