package io.hyperchain.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A tenant's main-disk allotment on one node (P2.1): it outlives the containers that mount it,
 * and holds what the node helper last reported of it.
 */
@Entity
@Table(name = "disk_allotment")
public class Allotment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(name = "node_id", nullable = false)
    private long nodeId;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "main_mib", nullable = false)
    private long mainMiB;

    @Column(nullable = false)
    private boolean redirected;

    /** The size its sub-disk partition was made with; 0 = the node's shared pool. */
    @Column(name = "partition_mib", nullable = false)
    private long partitionMiB;

    @Column(name = "main_kib", nullable = false)
    private long mainKiB;

    @Column(name = "used_kib", nullable = false)
    private long usedKiB;

    @Column(name = "upper_kib", nullable = false)
    private long upperKiB;

    @Column(name = "sub_total_kib", nullable = false)
    private long subTotalKiB;

    @Column(name = "sub_free_kib", nullable = false)
    private long subFreeKiB;

    @Column(name = "sub_low", nullable = false)
    private boolean subLow;

    @Column(name = "reaction_ms")
    private Long reactionMillis;

    @Column(name = "redirected_at")
    private Instant redirectedAt;

    @Column(name = "measured_at")
    private Instant measuredAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Allotment() {
    }

    public Allotment(long tenantId, long nodeId, long mainMiB, Instant at) {
        this.tenantId = tenantId;
        this.nodeId = nodeId;
        this.name = AllotmentName.of(tenantId, nodeId);
        this.mainMiB = mainMiB;
        this.createdAt = at;
    }

    /** Takes in a reading; true when it shows the redirect for the first time (the tenant is told then). */
    boolean record(DiskReading reading, Instant at) {
        boolean newlyRedirected = reading.redirected() && !redirected;
        redirected = reading.redirected();
        mainKiB = reading.mainKiB();
        usedKiB = reading.usedKiB();
        upperKiB = reading.upperKiB();
        subTotalKiB = reading.subTotalKiB();
        subFreeKiB = reading.subFreeKiB();
        measuredAt = at;
        if (newlyRedirected) {
            redirectedAt = at;
            reactionMillis = reading.reactionMillis().orElse(null);
        }
        return newlyRedirected;
    }

    /** True when the sub disk turned low with this reading (the tenant and the admins are warned once). */
    boolean recordSubDisk(boolean low) {
        boolean newlyLow = low && !subLow;
        subLow = low;
        return newlyLow;
    }

    /** After an upgrade: the larger main disk, with everything back on it. */
    void grown(long newMainMiB, Instant at) {
        mainMiB = newMainMiB;
        partitionMiB = 0; // the upgrade freed it
        redirected = false;
        upperKiB = 0;
        subLow = false;
        redirectedAt = null;
        measuredAt = at;
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public long nodeId() {
        return nodeId;
    }

    public String name() {
        return name;
    }

    public long mainMiB() {
        return mainMiB;
    }

    public long partitionMiB() {
        return partitionMiB;
    }

    void partitioned(long mib) {
        partitionMiB = mib;
    }

    public boolean redirected() {
        return redirected;
    }

    public long mainKiB() {
        return mainKiB;
    }

    /** How full the main disk is, in whole percent. */
    public long usedPercent() {
        return mainKiB <= 0 ? 0 : usedKiB * 100 / mainKiB;
    }

    public long usedKiB() {
        return usedKiB;
    }

    public long upperKiB() {
        return upperKiB;
    }

    public long subTotalKiB() {
        return subTotalKiB;
    }

    public long subFreeKiB() {
        return subFreeKiB;
    }

    public boolean subLow() {
        return subLow;
    }

    public Long reactionMillis() {
        return reactionMillis;
    }

    public Instant redirectedAt() {
        return redirectedAt;
    }

    public Instant measuredAt() {
        return measuredAt;
    }
}
