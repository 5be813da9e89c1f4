package io.hyperchain.cluster;

import io.hyperchain.placement.KeptPlacement.CountedNode;
import io.hyperchain.placement.KeptPlacement.Reservation;
import io.hyperchain.placement.NodeCount;
import io.hyperchain.placement.NodeFacts;
import io.hyperchain.placement.PlacementQuery;
import io.hyperchain.placement.ResourceRequest;
import io.hyperchain.settings.SettingKey;
import io.hyperchain.settings.SettingValues;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One attempt at making a tenant hold a number of nodes, in the caller's transaction and without a
 * global lock (P1.2, docs/architecture.md "Placement across instances"):
 *
 * <ol>
 *   <li>the tenant's row is locked, so two requests of one tenant never decide side by side;</li>
 *   <li>this instance's {@link PlacementPool} decides and holds the chosen seats;</li>
 *   <li>the chosen nodes' rows are locked, in ascending id order, and the assignments added (the
 *       triggers of sql/V17 step the epoch, whose row then stays locked until the commit);</li>
 *   <li>the chosen nodes are counted again: a node that would now be over its tenant limit or load
 *       threshold, or no longer in service, means another placement took the seat first. The
 *       attempt is then undone and the caller tries again with the pool caught up.</li>
 * </ol>
 *
 * No placement adds a tenant to a node without holding that node's lock, so the count in step 4 is
 * exact until the commit; that is why two instances never over-commit a node.
 */
@Stateless
public class PlacementCommit {

    static final String NODES_IN_USE = "request.nodesInUse";

    @PersistenceContext
    EntityManager em;

    @Inject
    NodeLoads loads;

    @Inject
    PlacementPool pool;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** How an attempt at a node count ended. */
    public enum Change {
        /** The tenant holds the count now (in this transaction). */
        HELD,
        /** Another placement took a chosen seat first; nothing of this attempt is kept. */
        CONTENDED,
        /** Fewer nodes would take away one the running environment uses; nothing changed. */
        NODES_IN_USE
    }

    /** What an attempt does when another placement took a chosen seat first. */
    private enum OnContention {
        /** The transaction is the attempt's own: roll all of it back. */
        ROLL_BACK,
        /** The caller's transaction goes on: take the added assignments out again. */
        UNDO
    }

    /**
     * A tenant's resource request, in a transaction of its own (the caller holds none): afterwards
     * the tenant holds the count and the request is recorded. False when another placement took a
     * chosen seat first: the transaction then rolls back and the caller tries again.
     */
    public boolean request(long tenantId, ResourceRequest request, NodeCount count, SettingValues values) {
        lockTenant(tenantId);
        Change change = hold(tenantId, count.count(), values, OnContention.ROLL_BACK, true);
        if (change == Change.NODES_IN_USE) {
            throw nodesInUse();
        }
        if (change == Change.CONTENDED) {
            return false;
        }
        em.createNativeQuery("insert into resource_request (tenant_id, cpu, memory_gib, disk_gib, hours_per_day, "
                        + "node_count, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, tenantId).setParameter(2, request.cpu()).setParameter(3, request.memoryGiB())
                .setParameter(4, request.diskGiB()).setParameter(5, request.hoursPerDay())
                .setParameter(6, count.count()).setParameter(7, Timestamp.from(Instant.now(clock)))
                .executeUpdate();
        return true;
    }

    /**
     * P1.6: sets the tenant's node count inside the caller's transaction. {@code CONTENDED} when
     * another placement took a chosen seat first: what this attempt added is taken out again and the
     * caller may try again in the same transaction. A refusal of fewer nodes is an answer, not an
     * exception, so it does not mark the caller's transaction for rollback. A decrease locks no row
     * but the epoch's, so a monthly run that gives back many tenants' nodes in one transaction
     * waits for nobody. A retry ({@code again}) may hold the epoch row's lock from the attempt
     * before, so its refusal does not wait for other decisions in flight (they may need that lock).
     */
    public Change changeNodeCount(long tenantId, int nodes, SettingValues values, boolean again) {
        if (nodes > heldBy(em, tenantId).size()) {
            lockTenant(tenantId);
        }
        return hold(tenantId, nodes, values, OnContention.UNDO, !again);
    }

    /** The tenant gives every node back; not while its environment runs. */
    public void releaseAll(long tenantId) {
        lockTenant(tenantId);
        var held = heldBy(em, tenantId);
        if (!held.isEmpty() && !giveBack(tenantId, held, held.size())) {
            throw nodesInUse();
        }
    }

    static DomainException nodesInUse() {
        return new DomainException(Problem.CONFLICT, NODES_IN_USE, null,
                "This request would take away nodes your running environment uses. "
                        + "Untick nodes or stop the environment first.");
    }

    static List<Assignment> heldBy(EntityManager em, long tenantId) {
        return em.createQuery("select a from Assignment a where a.tenantId = :tenant order by a.nodeId", Assignment.class)
                .setParameter("tenant", tenantId).getResultList();
    }

    private void lockTenant(long tenantId) {
        em.createNativeQuery("select id from tenant where id = ?1 for update").setParameter(1, tenantId).getResultList();
    }

    private Change hold(long tenantId, int count, SettingValues values, OnContention onContention, boolean mayWait) {
        var held = heldBy(em, tenantId);
        if (count > held.size()) {
            return place(tenantId, held, count - held.size(), values, onContention, mayWait)
                    ? Change.HELD : Change.CONTENDED;
        }
        if (count < held.size() && !giveBack(tenantId, held, held.size() - count)) {
            return Change.NODES_IN_USE;
        }
        return Change.HELD;
    }

    private boolean place(long tenantId, List<Assignment> held, int more, SettingValues values, OnContention onContention,
                          boolean mayWait) {
        var base = values.baseAllotment();
        Set<Long> heldIds = held.stream().map(Assignment::nodeId).collect(Collectors.toSet());
        var query = new PlacementQuery(more, values.share(SettingKey.LOAD_THRESHOLD_PERCENT), heldIds);
        Reservation reservation = pool.reserve(query, base, mayWait);
        if (!reservation.placed()) {
            throw new DomainException(Problem.UNPROCESSABLE, "request.unplaceable", null,
                    "The cloud cannot serve this request now: " + reservation.placement().reason());
        }
        var settlement = new Settlement(pool, reservation);
        transaction.registerInterposedSynchronization(settlement);
        List<Long> chosen = reservation.nodeIds();
        List<NodeFacts> locked = loads.lock(chosen);
        if (locked.size() != chosen.size()) { // a chosen node is gone
            return contended(reservation, List.of(), onContention);
        }
        Instant now = Instant.now(clock);
        List<Assignment> added = new ArrayList<>();
        for (long nodeId : chosen) {
            var assignment = new Assignment(tenantId, nodeId, now);
            em.persist(assignment);
            added.add(assignment);
        }
        em.flush();
        // under the nodes' locks and, since the inserts, the epoch's: nothing else changes them before the commit
        Map<Long, Integer> tenants = loads.tenantsOn(chosen);
        long epochAfter = loads.epoch();
        List<CountedNode> counted = locked.stream()
                .map(node -> new CountedNode(node, tenants.getOrDefault(node.id(), 0)))
                .toList();
        if (!pool.stillAdmitted(reservation, counted, query, base)) {
            return contended(reservation, added, onContention);
        }
        settlement.confirm(counted, epochAfter);
        return true;
    }

    private boolean contended(Reservation reservation, List<Assignment> added, OnContention onContention) {
        pool.doubt(reservation.nodeIds());
        if (onContention == OnContention.ROLL_BACK) {
            transaction.setRollbackOnly();
        } else {
            added.forEach(em::remove);
            em.flush();
            pool.cancel(reservation);
        }
        return false;
    }

    /**
     * Gives back the least useful nodes: unticked before ticked, then the busiest. A ticked node
     * of a running environment is not taken away under its container: the tenant unticks it first.
     * Giving back never over-commits, so it locks no node; the deletes step the epoch. False (and
     * nothing given back) when the running environment uses a node that would go.
     */
    private boolean giveBack(long tenantId, List<Assignment> held, int howMany) {
        Map<Long, Integer> tenants = loads.tenantsOn(held.stream().map(Assignment::nodeId).toList());
        var order = new ArrayList<>(held);
        order.sort(Comparator.comparing(Assignment::selected)
                .thenComparing(a -> -tenants.getOrDefault(a.nodeId(), 0))
                .thenComparing(a -> -a.nodeId()));
        var leaving = order.subList(0, howMany);
        boolean running = !em.createNativeQuery(
                        "select id from environment where tenant_id = ?1 and desired_state = 'RUNNING'")
                .setParameter(1, tenantId).getResultList().isEmpty();
        if (running && leaving.stream().anyMatch(Assignment::selected)) {
            return false;
        }
        leaving.forEach(em::remove);
        em.flush();
        return true;
    }

    /** Settles a reservation in the pool once the transaction has ended: applied if committed and confirmed, else given back. */
    private static final class Settlement implements Synchronization {

        private final PlacementPool pool;
        private final Reservation reservation;
        private List<CountedNode> counted;
        private long epochAfter;

        Settlement(PlacementPool pool, Reservation reservation) {
            this.pool = pool;
            this.reservation = reservation;
        }

        void confirm(List<CountedNode> counted, long epochAfter) {
            this.counted = counted;
            this.epochAfter = epochAfter;
        }

        @Override
        public void beforeCompletion() {
            // nothing to do before the commit
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED && counted != null) {
                pool.committed(reservation, counted, epochAfter);
            } else {
                pool.cancel(reservation);
            }
        }
    }
}
