package io.hyperchain.storage;

import io.hyperchain.cluster.Node;
import io.hyperchain.docker.DockerGateway;
import io.hyperchain.environment.ContainerSpec;
import io.hyperchain.environment.Installation;
import io.hyperchain.notify.Notifications;
import io.hyperchain.settings.PortalSettings;
import io.hyperchain.settings.SettingKey;
import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.DomainException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    DockerGateway docker;

    @Inject
    Installation installation;

    @Inject
    io.hyperchain.environment.EnvironmentPlans plans;

    @Inject
    io.hyperchain.environment.ContainerStarter starter;

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
        Allotment allotment = records.claim(tenantId, node.id(), baseMiB);
        if (records.upgrading(allotment.id())) {
            // the reconciler would bring the container back onto the old disk mid-copy; the
            // approval starts it again itself when the copy is done
            throw new DomainException(io.hyperchain.shared.Problem.CONFLICT, "disk.upgrading", null,
                    "The container's disk is being enlarged; it starts again when that is done.");
        }
        long subMiB = node.capacity().subDiskGiB() * 1024L;
        helper.run(node.dockerHost(), node.id(), "prepare", Long.toString(subMiB), allotment.name(),
                Long.toString(allotment.mainMiB()), Integer.toString(values.number(SettingKey.DISK_THRESHOLD_PERCENT)));
        if (subMiB > 0) {
            keepPartitions(node, subMiB, baseMiB);
        }
        return helper.workspace(node.id(), allotment.name());
    }

    /** P2.4: the node's sub disk shared or partitioned as the plan says (a redirected one keeps its own). */
    private void keepPartitions(Node node, long subMiB, long typicalMiB) {
        Map<String, Long> plan = SubDiskPlan.partitions(subMiB, typicalMiB, records.mainSizesOn(node.id()));
        List<String> args = new ArrayList<>(List.of("partitions"));
        plan.forEach((name, mib) -> args.add(name + "=" + mib));
        helper.run(node.dockerHost(), node.id(), args.toArray(String[]::new));
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
        return new WatchOutcome(nodes, allotments, redirected, low, failed);
    }

    private void tellRedirected(Node node, Allotment a) {
        audit.record("disk-watch", "disk.redirected", a.name() + " on " + node.name());
        notifications.tell(a.tenantId(), "disk-redirected", "your container on " + node.name() + " writes to the sub disk",
                "Your container on node " + node.name() + " has used " + percent(a.usedKiB(), a.mainKiB())
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

    private static long percent(long part, long whole) {
        return whole <= 0 ? 0 : part * 100 / whole;
    }

    /** P2.6: the tenant asks for a bigger main disk; it waits for an admin unless auto-approval is on. */
    public UpgradeView request(long tenantId, String requestedBy, Long allotmentId, Long workloadId, Integer newGiB) {
        Allotment allotment = records.allotmentOf(tenantId, allotmentId, workloadId);
        long newMiB = DiskUpgradeRule.check(allotment.mainMiB(), newGiB, records.nodeFreeMiB(allotment.nodeId()));
        DiskUpgrade upgrade = records.openUpgrade(allotment, newMiB, requestedBy);
        audit.record(requestedBy, "disk.upgrade.requested", allotment.name() + " to " + newMiB + " MiB");
        if (settings.all().number(SettingKey.DISK_AUTO_APPROVE) == 1) {
            return approve(upgrade.id(), "auto-approval");
        }
        return view(upgrade.id());
    }

    /**
     * Grows the main disk: the container stops, the merged view (main data with the sub disk's
     * files over it, deletions applied) is copied into the larger allotment, the overlay and the
     * partition go, and the container starts again on the larger disk if its environment runs.
     */
    public UpgradeView approve(long upgradeId, String admin) {
        DiskUpgrade upgrade = claim(upgradeId, DiskUpgrade.State.APPLYING, admin);
        Allotment allotment = records.allotment(upgrade.allotmentId());
        Node node = plans.nodes().stream().filter(n -> n.id() == allotment.nodeId()).findFirst().orElseThrow();
        String container = ContainerSpec.containerName(installation.id(), allotment.tenantId(), allotment.nodeId());
        try {
            docker.remove(node.dockerHost(), container);
            helper.run(node.dockerHost(), node.id(), "upgrade", allotment.name(), Long.toString(upgrade.requestedMiB()));
        } catch (RuntimeException e) {
            String why = e instanceof DomainException d ? d.getMessage() : DockerGateway.problemOf(e);
            records.decide(upgradeId, DiskUpgrade.State.FAILED, admin, why);
            audit.record(admin, "disk.upgrade.failed", allotment.name() + ": " + why);
            restartIfWanted(allotment);
            throw new DomainException(io.hyperchain.shared.Problem.UNPROCESSABLE, "disk.upgrade.failed", null,
                    "The disk could not be grown: " + why);
        }
        records.grown(allotment.id(), upgrade.requestedMiB());
        records.decide(upgradeId, DiskUpgrade.State.APPLIED, admin, null);
        audit.record(admin, "disk.upgrade.applied", allotment.name() + " to " + upgrade.requestedMiB() + " MiB");
        restartIfWanted(allotment);
        notifications.tell(allotment.tenantId(), "disk-upgraded", "your bigger disk is ready",
                "The main disk of your container on node " + node.name() + " now has "
                        + DiskUpgradeRule.gib(upgrade.requestedMiB()) + " GiB; every file is back on it.");
        return view(upgradeId);
    }

    public UpgradeView reject(long upgradeId, String admin) {
        DiskUpgrade upgrade = claim(upgradeId, DiskUpgrade.State.REJECTED, admin);
        audit.record(admin, "disk.upgrade.rejected", "request " + upgradeId);
        notifications.tell(upgrade.tenantId(), "disk-upgrade-rejected", "your disk request was declined",
                "An admin declined the bigger main disk (" + DiskUpgradeRule.gib(upgrade.requestedMiB()) + " GiB) you asked for.");
        return view(upgradeId);
    }

    private DiskUpgrade claim(long upgradeId, DiskUpgrade.State next, String admin) {
        DiskUpgrade upgrade = records.claimUpgrade(upgradeId, next, admin);
        if (upgrade.state() != next) {
            throw new DomainException(io.hyperchain.shared.Problem.CONFLICT, "approval.stale", null,
                    "The disk changed since this request was made; the request is closed.");
        }
        return upgrade;
    }

    /** The container comes back at once when its environment should run (else at its next start). */
    private void restartIfWanted(Allotment allotment) {
        plans.everythingThatShouldRun().stream()
                .filter(e -> e.tenantId() == allotment.tenantId() && e.node().id() == allotment.nodeId())
                .forEach(ensure -> {
                    try {
                        plans.recordRunning(ensure.workloadId(), starter.start(ensure));
                    } catch (RuntimeException e) {
                        plans.recordFailed(ensure.workloadId(), DockerGateway.problemOf(e));
                    }
                });
    }

    public List<UpgradeView> upgrades() {
        return records.upgradeRows().stream().map(UpgradeView::of).toList();
    }

    public List<DiskView> disksOf(long tenantId) {
        return records.views(tenantId);
    }

    public List<DiskView> allDisks() {
        return records.views(null);
    }

    private UpgradeView view(long upgradeId) {
        return upgrades().stream().filter(u -> u.id() == upgradeId).findFirst().orElseThrow();
    }
}
