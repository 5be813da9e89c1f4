package io.hyperchain.storage;

import java.time.Instant;

/**
 * One allotment as people see it: its node, size, use, and state — normal, redirected to the sub
 * disk, upgrade pending, or being upgraded. JavaBean getters for the pages.
 */
public record DiskView(long id, long tenantId, String tenantName, long nodeId, String nodeName, Long workloadId,
                       long mainMiB, long mainKiB, long usedKiB, long upperKiB, long subFreeKiB, boolean subLow,
                       String state, Long pendingUpgradeMiB, Long reactionMillis, Instant redirectedAt) {

    public static final String NORMAL = "NORMAL";
    public static final String REDIRECTED = "REDIRECTED";
    public static final String UPGRADE_PENDING = "UPGRADE_PENDING";
    public static final String UPGRADING = "UPGRADING";

    /**
     * The one place a view is made: an allotment as last read from its node, its tenant's and
     * node's names, the workload that mounts it (null while none), and its open upgrade request
     * (PENDING or APPLYING; null when there is none). The read query calls it
     * ({@code select new io.hyperchain.storage.DiskView(...)}).
     */
    public DiskView(Allotment allotment, String tenantName, String nodeName, Long workloadId, DiskUpgrade openUpgrade) {
        this(allotment.id(), allotment.tenantId(), tenantName, allotment.nodeId(), nodeName, workloadId,
                allotment.mainMiB(), allotment.mainKiB(), allotment.usedKiB(), allotment.upperKiB(), allotment.subFreeKiB(),
                allotment.subLow(), stateOf(allotment.redirected(), openUpgrade == null ? null : openUpgrade.state()),
                openUpgrade == null ? null : openUpgrade.requestedMiB(), allotment.reactionMillis(), allotment.redirectedAt());
    }

    /** From the open upgrade request's state (PENDING, APPLYING or none) and the node's reading. */
    static String stateOf(boolean redirected, DiskUpgrade.State openUpgrade) {
        if (openUpgrade != null) {
            return openUpgrade == DiskUpgrade.State.APPLYING ? UPGRADING : UPGRADE_PENDING;
        }
        return redirected ? REDIRECTED : NORMAL;
    }

    /** A bigger disk can be asked for unless one is already asked for or being made. */
    public boolean isUpgradable() {
        return NORMAL.equals(state) || REDIRECTED.equals(state);
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
