package io.hyperchain.storage;

import io.hyperchain.billing.UsageMeter;
import io.hyperchain.billing.rating.Metric;
import io.hyperchain.cluster.Node;
import io.hyperchain.shared.Constraints;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.shared.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The database half of disk allotments and upgrades; the node half is in {@link Disks}. */
@Stateless
public class DiskRecords {

    /** What a reading changed that people must hear about. */
    public record Event(Allotment allotment, boolean redirected, boolean subLow) {
    }

    /** The states of an upgrade request still open: at most one per allotment (uq_upgrade_open). */
    private static final List<DiskUpgrade.State> OPEN = List.of(DiskUpgrade.State.PENDING, DiskUpgrade.State.APPLYING);

    /**
     * Disks as people see them, in one query for the whole list. The outer joins add no rows: a
     * tenant has one environment (uq_environment_tenant), it one workload per node (uq_workload),
     * and an allotment at most one open upgrade (uq_upgrade_open).
     */
    private static final String VIEWS = "select new io.hyperchain.storage.DiskView(a, t.name, n.name, w.id, u) "
            + "from Allotment a join Tenant t on t.id = a.tenantId join Node n on n.id = a.nodeId "
            + "left join Environment e on e.tenantId = a.tenantId "
            + "left join Workload w on w.environmentId = e.id and w.nodeId = a.nodeId "
            + "left join DiskUpgrade u on u.allotmentId = a.id and u.state in :open ";

    private static final String VIEW_ORDER = "order by a.tenantId, n.name";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    UsageMeter meter;

    @Inject
    io.hyperchain.approval.Approvals approvals;

    /**
     * The tenant's allotment on the node, made with this size when it does not exist yet, for a
     * container to start on. Refused while its disk is being enlarged: the reconciler would bring
     * the container back onto the old disk mid-copy (the upgrade starts it again itself).
     */
    public Claim claim(long tenantId, long nodeId, long mainMiB) {
        int made = em.createNativeQuery("insert ignore into disk_allotment (tenant_id, node_id, name, main_mib, created_at) "
                        + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, tenantId).setParameter(2, nodeId).setParameter(3, AllotmentName.of(tenantId, nodeId))
                .setParameter(4, mainMiB).setParameter(5, Timestamp.from(Instant.now(clock)))
                .executeUpdate();
        List<Object[]> found = em.createQuery("select a, (select count(u) from DiskUpgrade u where u.allotmentId = a.id "
                        + "and u.state = io.hyperchain.storage.DiskUpgrade.State.APPLYING), "
                        + "(select coalesce(max(u.id), 0) from DiskUpgrade u where u.allotmentId = a.id) "
                        + "from Allotment a where a.tenantId = :t and a.nodeId = :n", Object[].class)
                .setParameter("t", tenantId).setParameter("n", nodeId).getResultList();
        Allotment claimed = (Allotment) found.get(0)[0];
        if (made == 1) {
            // the main disk is billed from the moment it exists, in the same transaction
            meter.open(tenantId, UsageMeter.allotment(claimed.id()), nodeId, Metric.DISK_GIB_MONTHS, gib(mainMiB));
        }
        if (((Number) found.get(0)[1]).longValue() > 0) {
            throw new DomainException(Problem.CONFLICT, "disk.upgrading", null,
                    "The container's disk is being enlarged; it starts again when that is done.");
        }
        return new Claim((Allotment) found.get(0)[0], ((Number) found.get(0)[2]).longValue());
    }

    /**
     * An allotment claimed for a start, with its newest upgrade request's id: an upgrade (applied
     * or failed half-way) remounts the allotment, so a prepare after one is never taken as done.
     */
    public record Claim(Allotment allotment, long lastUpgradeId) {
    }

    /**
     * A node's sub-disk plan, and whether it differs from what is recorded for its allotments that
     * follow plans (a redirected one keeps its partition until its upgrade).
     */
    public record PartitionPlan(Map<String, Long> sizes, boolean changes) {
    }

    /** P2.4: the node's sub-disk plan — every allotment's partition, existing ones kept ({@link SubDiskPlan}). */
    public PartitionPlan partitionPlan(long nodeId, long subMiB, long typicalMainMiB) {
        Map<String, Long> mains = new LinkedHashMap<>();
        Map<String, Long> current = new HashMap<>();
        List<Allotment> onNode = em.createQuery("select a from Allotment a where a.nodeId = :n order by a.id", Allotment.class)
                .setParameter("n", nodeId).getResultList();
        onNode.forEach(a -> {
            mains.put(a.name(), a.mainMiB());
            current.put(a.name(), a.partitionMiB());
        });
        Map<String, Long> sizes = SubDiskPlan.partitions(subMiB, typicalMainMiB, mains, current);
        boolean changes = onNode.stream().anyMatch(a -> !a.redirected() && a.partitionMiB() != sizes.get(a.name()));
        return new PartitionPlan(sizes, changes);
    }

    /** The node applied the plan (a redirected allotment keeps its partition until its upgrade). */
    public void partitioned(long nodeId, Map<String, Long> plan) {
        em.createQuery("select a from Allotment a where a.nodeId = :n", Allotment.class).setParameter("n", nodeId)
                .getResultList().stream().filter(a -> plan.containsKey(a.name()) && !a.redirected())
                .forEach(a -> a.partitioned(plan.get(a.name())));
    }

    /** Ids of nodes that hold allotments: the disk watch asks only these. */
    public List<Node> nodesWithAllotments() {
        return em.createQuery("select n from Node n where n.id in (select a.nodeId from Allotment a) order by n.id", Node.class)
                .getResultList();
    }

    /** Takes in one node's readings; returns what must be told. */
    public List<Event> record(long nodeId, List<DiskReading> readings) {
        Instant now = Instant.now(clock);
        Map<String, Allotment> byName = new LinkedHashMap<>();
        em.createQuery("select a from Allotment a where a.nodeId = :n", Allotment.class)
                .setParameter("n", nodeId).getResultList().forEach(a -> byName.put(a.name(), a));
        List<Event> events = new ArrayList<>();
        for (DiskReading reading : readings) {
            Allotment allotment = byName.get(reading.name());
            if (allotment == null) {
                continue; // another installation's, or removed meanwhile
            }
            var heldBefore = UsageMeter.subDiskGiB(allotment.upperKiB());
            boolean redirected = allotment.record(reading, now);
            var held = UsageMeter.subDiskGiB(allotment.upperKiB());
            if (held.compareTo(heldBefore) != 0) { // billed for what the overflow actually holds
                meter.change(allotment.tenantId(), UsageMeter.allotment(allotment.id()), nodeId, Metric.SUB_DISK_GIB_HOURS, held);
            }
            boolean low = allotment.recordSubDisk(SubDiskWarning.low(reading));
            if (redirected || low) {
                events.add(new Event(allotment, redirected, low));
            }
        }
        return events;
    }

    public io.hyperchain.cluster.Node node(long id) {
        return em.find(io.hyperchain.cluster.Node.class, id);
    }

    public Allotment allotment(long id) {
        return em.find(Allotment.class, id);
    }

    /** The tenant's allotment by its id or by the workload that mounts it; another tenant's is not found. */
    public Allotment allotmentOf(TenantContext tenant, Long allotmentId, Long workloadId) {
        long tenantId = tenant.tenantId();
        Optional<Allotment> found;
        if (allotmentId != null) {
            found = Optional.ofNullable(em.find(Allotment.class, allotmentId)).filter(a -> a.tenantId() == tenantId);
        } else if (workloadId != null) {
            found = em.createQuery("select a from Allotment a, Workload w, Environment e where w.id = :w "
                            + "and w.environmentId = e.id and e.tenantId = :t and a.tenantId = :t and a.nodeId = w.nodeId",
                            Allotment.class)
                    .setParameter("w", workloadId).setParameter("t", tenantId).getResultStream().findFirst();
        } else {
            throw DomainException.invalid("workloadId", "disk.target.missing", "Say which container's disk should grow.");
        }
        return found.orElseThrow(() -> new DomainException(Problem.NOT_FOUND, "disk.notFound",
                allotmentId != null ? "allotmentId" : "workloadId", "No such disk of yours."));
    }

    /** The node's main disk not allotted to anyone yet. */
    public long nodeFreeMiB(long nodeId) {
        Node node = em.find(Node.class, nodeId);
        Number used = (Number) em.createNativeQuery("select coalesce(sum(main_mib), 0) from disk_allotment where node_id = ?1")
                .setParameter(1, nodeId).getSingleResult();
        return node.capacity().diskGiB() * 1024L - used.longValue();
    }

    /** The request and its place in the approval queue, in one transaction. */
    public io.hyperchain.approval.Approval openUpgrade(Allotment allotment, long requestedMiB, String by) {
        try {
            var upgrade = new DiskUpgrade(allotment, requestedMiB, by, Instant.now(clock));
            em.persist(upgrade);
            em.flush();
            Node node = em.find(Node.class, allotment.nodeId());
            return approvals.open(DiskUpgradeApprovals.KIND, upgrade.id(), allotment.tenantId(), by, node.name(),
                    allotment.mainMiB(), requestedMiB, "main disk " + allotment.usedPercent()
                            + " % used" + (allotment.redirected() ? ", new writes on the sub disk" : ""));
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e, "uq_upgrade_open")) {
                throw new DomainException(Problem.CONFLICT, "disk.upgrade.pending", "newMainDiskGiB",
                        "A bigger disk for this container is already waiting for approval.");
            }
            throw e;
        }
    }

    /**
     * Takes a pending request for one decision: under a row lock it moves to {@code next}, so a
     * second click (or a second admin) finds it decided. A request whose disk changed meanwhile
     * is closed as stale.
     */
    public DiskUpgrade claimUpgrade(long upgradeId, DiskUpgrade.State next, String by) {
        DiskUpgrade upgrade = em.find(DiskUpgrade.class, upgradeId, LockModeType.PESSIMISTIC_WRITE);
        if (upgrade == null) {
            throw new DomainException(Problem.NOT_FOUND, "approval.notFound", null, "No such request.");
        }
        if (upgrade.state() != DiskUpgrade.State.PENDING) {
            throw new DomainException(Problem.CONFLICT, "approval.decided", null,
                    "This request was already decided (" + upgrade.state().name().toLowerCase() + ").");
        }
        Allotment allotment = em.find(Allotment.class, upgrade.allotmentId());
        boolean stale = allotment.mainMiB() != upgrade.currentMiB();
        upgrade.decide(stale ? DiskUpgrade.State.REJECTED : next, stale ? "system" : by,
                stale ? "stale: the disk changed since the request" : null, Instant.now(clock));
        return upgrade;
    }

    /** Closes an APPLYING upgrade, and its approval, with its outcome; false when another run closed it first. */
    public boolean finish(long upgradeId, DiskUpgrade.State outcome, String problem) {
        DiskUpgrade upgrade = em.find(DiskUpgrade.class, upgradeId, LockModeType.PESSIMISTIC_WRITE);
        if (upgrade.state() != DiskUpgrade.State.APPLYING) {
            return false;
        }
        upgrade.finish(outcome, problem);
        approvals.settle(DiskUpgradeApprovals.KIND, upgradeId, outcome == DiskUpgrade.State.APPLIED, problem);
        return true;
    }

    /**
     * Upgrades APPLYING for longer than {@code after}, each taken for one more run: its clock is
     * reset under the condition, so of two portals watching only one takes it up.
     */
    public List<Long> stalledUpgrades(java.time.Duration after) {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from disk_upgrade where state = 'APPLYING' and decided_at < ?1")
                .setParameter(1, java.sql.Timestamp.from(now.minus(after))).getResultList();
        return ids.stream().map(Number::longValue).filter(id -> em.createNativeQuery(
                        "update disk_upgrade set decided_at = ?1 where id = ?2 and state = 'APPLYING' and decided_at < ?3")
                .setParameter(1, java.sql.Timestamp.from(now)).setParameter(2, id)
                .setParameter(3, java.sql.Timestamp.from(now.minus(after))).executeUpdate() == 1).toList();
    }

    public void grown(long allotmentId, long newMainMiB) {
        Allotment allotment = em.find(Allotment.class, allotmentId);
        allotment.grown(newMainMiB, Instant.now(clock));
        // the overflow is back on the main disk: nothing more on the sub disk
        meter.change(allotment.tenantId(), UsageMeter.allotment(allotmentId), allotment.nodeId(), Metric.SUB_DISK_GIB_HOURS,
                java.math.BigDecimal.ZERO);
        // an approved upgrade starts a new interval at the new size
        meter.change(allotment.tenantId(), UsageMeter.allotment(allotmentId), allotment.nodeId(), Metric.DISK_GIB_MONTHS,
                gib(newMainMiB));
    }

    private static java.math.BigDecimal gib(long mib) {
        return java.math.BigDecimal.valueOf(mib).divide(java.math.BigDecimal.valueOf(1024), 6, java.math.RoundingMode.HALF_UP);
    }

    public DiskUpgrade upgrade(long id) {
        return em.find(DiskUpgrade.class, id);
    }

    /** One tenant's disks as it sees them. */
    public List<DiskView> viewsOf(TenantContext tenant) {
        return em.createQuery(VIEWS + "where a.tenantId = :tenant " + VIEW_ORDER, DiskView.class)
                .setParameter("tenant", tenant.tenantId()).setParameter("open", OPEN).getResultList();
    }

    /** Every tenant's disks, for the admin: asked for by name, never by a missing tenant. */
    public List<DiskView> allViews() {
        return em.createQuery(VIEWS + VIEW_ORDER, DiskView.class).setParameter("open", OPEN).getResultList();
    }
}
