package io.hyperchain.storage;

import java.time.Instant;

/** A request for a bigger main disk as the approval queue shows it. JavaBean getters for the page. */
public record UpgradeView(long id, long tenantId, String tenantName, String nodeName, long currentMiB,
                          long requestedMiB, String state, String problem, String requestedBy, String decidedBy,
                          Instant createdAt, String why) {

    static UpgradeView of(Object[] r) {
        long usedKiB = DiskRecords.num(r[11]);
        long mainKiB = DiskRecords.num(r[12]);
        boolean redirected = DiskRecords.bool(r[13]);
        String why = "main disk " + (mainKiB > 0 ? usedKiB * 100 / mainKiB : 0) + " % used"
                + (redirected ? ", new writes on the sub disk" : "");
        return new UpgradeView(DiskRecords.num(r[0]), DiskRecords.num(r[1]), (String) r[2], (String) r[3],
                DiskRecords.num(r[4]), DiskRecords.num(r[5]), (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                io.hyperchain.shared.Timestamps.toInstant(r[10]), why);
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

    public String getCurrentGiB() {
        return DiskUpgradeRule.gib(currentMiB);
    }

    public String getRequestedGiB() {
        return DiskUpgradeRule.gib(requestedMiB);
    }

    public String getState() {
        return state;
    }

    public String getProblem() {
        return problem;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getWhy() {
        return why;
    }

    public boolean isPending() {
        return "PENDING".equals(state);
    }
}
