package io.hyperchain.storage;

import io.hyperchain.approval.Approval;
import io.hyperchain.approval.ApprovalView;
import io.hyperchain.approval.Approvals;
import io.hyperchain.cluster.Node;
import io.hyperchain.notify.Notifications;
import io.hyperchain.settings.PortalSettings;
import io.hyperchain.settings.SettingKey;
import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seed 002 end to end: allotments made on the nodes as containers start (P2.1), the node-local
 * redirect taken in and told (P2.2–P2.5), partitions of the sub disk kept to plan (P2.4), and
 * bigger main disks requested, approved and applied (P2.6). No transaction is held while a node
 * works; {@link DiskRecords} holds the database half.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Disks {

    private static final Logger LOG = Logger.getLogger(Disks.class.getName());

    @Inject
    DiskRecords records;

    @Inject
    NodeHelper helper;

    @Inject
    PortalSettings settings;

    @Inject
    Notifications notifications;

    @Inject
    AuditLog audit;

    @Inject
    UpgradeApplier applier;

    @Inject
    Approvals approvals;

    /** An upgrade APPLYING this long is taken for one whose portal died; a live copy just goes on. */
    static final java.time.Duration STALLED_AFTER = java.time.Duration.ofMinutes(10);

    /** The outcome of one disk-watch pass. */
    public record WatchOutcome(int nodes, int allotments, int redirected, int subDisksLow, int nodesFailed) {
    }

    /**
     * Makes (or mounts again) the tenant's allotment on the node and returns the host path a
     * container mounts as its workspace. A new allotment gets the base disk amount.
     */
    public String prepare(Node node, long tenantId) {
        var values = settings.all();
        long baseMiB = values.number(SettingKey.BASE_DISK_GIB) * 1024L;
        var claim = records.claim(tenantId, node.id(), baseMiB);
        Allotment allotment = claim.allotment();
        long subMiB = node.capacity().subDiskGiB() * 1024L;
        List<String> args = new ArrayList<>(List.of("prepare", Long.toString(subMiB), allotment.name(),
                Long.toString(allotment.mainMiB()), Integer.toString(values.number(SettingKey.DISK_THRESHOLD_PERCENT))));
        // P2.4: the node's sub disk shared or partitioned as the plan says (a redirected one keeps its own)
        var plan = subMiB > 0 ? records.partitionPlan(node.id(), subMiB, baseMiB) : null;
        if (plan != null) {
            plan.sizes().forEach((name, mib) -> args.add(name + "=" + mib));
        }
        helper.runLasting(node.dockerHost(), node.id(), allotment.name(), "upgrade " + claim.lastUpgradeId(), args.toArray(String[]::new));
        if (plan != null && plan.changes()) { // most starts change no partition: no second read of the node's allotments
            records.partitioned(node.id(), plan.sizes());
        }
        return helper.workspace(node.id(), allotment.name());
    }

    /** P2.1–P2.5: reads every node's allotments; a new redirect or a sub disk running low is told. */
    public WatchOutcome watch() {
        int threshold = settings.all().number(SettingKey.DISK_THRESHOLD_PERCENT);
        int nodes = 0;
        int allotments = 0;
        int redirected = 0;
        int low = 0;
        int failed = 0;
        for (Node node : records.nodesWithAllotments()) {
            nodes++;
            List<DiskReading> readings;
            try {
                readings = helper.run(node.dockerHost(), node.id(), "status", Integer.toString(threshold)).lines()
                        .map(DiskReading::parse).flatMap(java.util.Optional::stream).toList();
            } catch (RuntimeException e) {
                failed++; // its readings stay as they were; the node-health job shows the node
                LOG.log(Level.FINE, "disk status of node " + node.name() + " failed", e);
                continue;
            }
            allotments += readings.size();
            for (var event : records.record(node.id(), readings)) {
                if (event.redirected()) {
                    redirected++;
                    tellRedirected(node, event.allotment());
                }
                if (event.subLow()) {
                    low++;
                    tellSubDiskLow(node, event.allotment());
                }
            }
        }
        // an upgrade whose portal died mid-copy is taken up again (the helper's upgrade resumes)
        records.stalledUpgrades(STALLED_AFTER).forEach(id -> applier.apply(id, "disk-watch"));
        return new WatchOutcome(nodes, allotments, redirected, low, failed);
    }

    private void tellRedirected(Node node, Allotment a) {
        audit.record("disk-watch", "disk.redirected", a.name() + " on " + node.name());
        notifications.tell(a.tenantId(), "disk-redirected", "your container on " + node.name() + " writes to the sub disk",
                "Your container on node " + node.name() + " has used " + a.usedPercent()
                        + " % of its " + DiskUpgradeRule.gib(a.mainMiB()) + " GiB main disk. Its new writes now go to the "
                        + "node's fast sub disk, which has " + a.subFreeKiB() / 1024 + " MiB left for it, so your programs "
                        + "keep running. Request a bigger main disk on your dashboard (Disks) to move everything back.");
    }

    private void tellSubDiskLow(Node node, Allotment a) {
        audit.record("disk-watch", "disk.subDiskLow", a.name() + " on " + node.name() + ": " + a.subFreeKiB() / 1024 + " MiB left");
        notifications.tell(a.tenantId(), "disk-sub-low", "the sub disk on " + node.name() + " is running out",
                "The sub disk holding your container's overflow on node " + node.name() + " has only "
                        + a.subFreeKiB() / 1024 + " MiB left. When it is full your programs will see \"disk full\". "
                        + "Request a bigger main disk on your dashboard (Disks) now.");
    }

    /**
     * P2.6: the tenant asks for a bigger main disk of one of its allotments (by its id or by the
     * workload that mounts it); it waits for an admin unless auto-approval is on.
     */
    public ApprovalView request(TenantContext tenant, Long allotmentId, Long workloadId, Integer newGiB) {
        Allotment allotment = records.allotmentOf(tenant, allotmentId, workloadId);
        long newMiB = DiskUpgradeRule.check(allotment.mainMiB(), newGiB, records.nodeFreeMiB(allotment.nodeId()));
        Approval approval = records.openUpgrade(allotment, newMiB, tenant.actor());
        audit.record(tenant.tenantId(), tenant.actor(), "disk.upgrade.requested", allotment.name() + " to " + newMiB + " MiB");
        if (settings.all().number(SettingKey.DISK_AUTO_APPROVE) == 1) {
            return approvals.approve(approval.id(), "auto-approval");
        }
        return approvals.find(approval.id());
    }

    /** The tenant's own disks. */
    public List<DiskView> disksOf(TenantContext tenant) {
        return records.viewsOf(tenant);
    }

    /** Every tenant's disks, for the admin. */
    public List<DiskView> allDisks() {
        return records.allViews();
    }
}
