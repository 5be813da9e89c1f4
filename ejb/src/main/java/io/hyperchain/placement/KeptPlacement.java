package io.hyperchain.placement;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The placement pool one portal instance keeps: a {@link NodePool} held in step with the database
 * by its epoch, so that a decision costs one read of the epoch instead of a read of every node.
 *
 * <p>The database counts every change placement must know of (an assignment added or removed, a
 * node added or changed, a new spare) in one epoch and logs which node each step touched. Before
 * each decision the pool reads the epoch; when it moved, the pool reads only the nodes logged since
 * the epoch it knew (or everything, when it is too far behind or a step touched every node). The
 * pool's nodes are therefore at least as new as the epoch it read, and it decides as
 * {@link PlacementEngine} would over them.
 *
 * <p>A decision holds the chosen seats in the pool ({@link Reservation}) until its transaction
 * ends, so concurrent requests on one instance choose different seats instead of queueing for the
 * same node. The pool never guards the commit: two instances may choose the same last seat, and the
 * caller's guard (lock the chosen nodes, count again) turns the second away. A refusal while other
 * decisions of this instance are still in flight waits (briefly) for them to settle: a seat one of
 * them gives back may be the one this request needs.
 *
 * <p>A node's load is its measured average over the load window where it was sampled in it, else
 * what its tenants were promised ({@link Load#measuredOr}). Measured load moves without an epoch
 * step, so the pool keeps it aside ({@link KeptMeasurements}) and reads it again, for every node in
 * one grouped read, once it is as old as the sampling interval; a seat held or given back moves
 * only the tenant count of a measured node, and {@link HasRoomForAnotherTenant} still limits them.
 *
 * <p>Thread-safe. The source is read under the pool's lock; it must only read (never wait for a
 * row lock), and a caller must not hold the pool's lock while it takes row locks.
 */
public final class KeptPlacement {

    /** Further behind than this many steps, the pool reads every node again rather than the log. */
    public static final int MOST_STEPS_FOLLOWED = 1_000;

    /** What the database holds, as the pool reads it. */
    public interface Source {

        /** The epoch now: one primary-key read. */
        long epoch();

        /** Every node with its tenant count, and the spare; the epoch is read before the nodes. */
        Cloud cloud();

        /**
         * The nodes changed by the steps after {@code after} up to {@code upTo}; empty when the log
         * no longer holds every one of those steps or one of them changed every node.
         */
        Optional<Set<Long>> changed(long after, long upTo);

        /** These nodes with their tenant counts now; a node that is gone is left out. */
        List<CountedNode> nodes(Set<Long> ids);

        /**
         * Each node's measured average load over the load window, for the nodes sampled in it: one
         * grouped read of the rollups. None by default: every load is then what was promised.
         */
        default Map<Long, Load> measured() {
            return Map.of();
        }
    }

    /** A node and how many tenants it holds. */
    public record CountedNode(NodeFacts facts, int tenants) {

        public CountedNode {
            Objects.requireNonNull(facts, "facts");
            if (tenants < 0) {
                throw new IllegalArgumentException("tenants cannot be negative, was " + tenants);
            }
        }

        public long id() {
            return facts.id();
        }
    }

    /** Every node at once, as of at least {@code epoch}. */
    public record Cloud(long epoch, OptionalLong spare, List<CountedNode> nodes) {

        public Cloud {
            Objects.requireNonNull(spare, "spare");
            nodes = List.copyOf(nodes);
        }
    }

    /** A decision and the seats it holds in the pool until its transaction ends; settled once. */
    public static final class Reservation {

        private final Placement placement;
        private final OptionalLong spare;
        private boolean settled;

        private Reservation(Placement placement, OptionalLong spare) {
            this.placement = placement;
            this.spare = spare;
            this.settled = !placement.placed();
        }

        public Placement placement() {
            return placement;
        }

        public boolean placed() {
            return placement.placed();
        }

        public List<Long> nodeIds() {
            return placement.nodeIds();
        }
    }

    private final PlacementEngine engine;
    private final Source source;
    private final long refusalWaitNanos;
    private final KeptMeasurements measured;

    // guarded by this
    private NodePool pool; // null until first used
    private long epoch;
    private BaseAllotment base;
    private OptionalLong spare = OptionalLong.empty();
    private Map<Long, NodeFacts> facts = new HashMap<>();
    private Map<Long, Integer> tenants = new HashMap<>();
    private final Map<Long, Integer> reserved = new HashMap<>();
    private final Set<Long> doubted = ConcurrentHashMap.newKeySet(); // not guarded: a guard adds to it holding row locks
    private int inFlight;

    /**
     * @param refusalWait how long a refused decision waits at most for this instance's decisions in
     *                    flight to settle before it is final
     */
    public KeptPlacement(PlacementEngine engine, Source source, Duration refusalWait) {
        this(engine, source, refusalWait, KeptMeasurements.none());
    }

    /**
     * @param measured the measured loads kept, read from the source when they are due; see
     *                 {@link KeptMeasurements#none()} for a pool that judges promised load only
     */
    public KeptPlacement(PlacementEngine engine, Source source, Duration refusalWait, KeptMeasurements measured) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.source = Objects.requireNonNull(source, "source");
        this.refusalWaitNanos = refusalWait.toNanos();
        this.measured = Objects.requireNonNull(measured, "measured");
    }

    /**
     * Decides as the engine would over the nodes as the database holds them now, less the seats
     * this instance's other decisions hold, and holds the chosen seats. One read of the epoch when
     * nothing changed. A refused decision holds nothing.
     */
    public Reservation reserve(PlacementQuery query, BaseAllotment base) {
        return reserve(query, base, true);
    }

    /**
     * As {@link #reserve(PlacementQuery, BaseAllotment)}; a caller that may hold row locks other
     * decisions need (a retry inside a transaction that already changed placement) asks not to wait:
     * the decisions in flight could be waiting for those very locks.
     */
    public Reservation reserve(PlacementQuery query, BaseAllotment base, boolean mayWait) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(base, "base");
        long now = source.epoch(); // not under the lock: concurrent requests read it at once
        synchronized (this) {
            catchUp(now, base);
            Placement placement = pool.place(query);
            long deadline = System.nanoTime() + (mayWait ? refusalWaitNanos : 0);
            while (!placement.placed() && inFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !awaitSettling(left)) {
                    break;
                }
                catchUp(epoch, base);
                placement = pool.place(query);
            }
            if (placement.placed()) {
                for (long id : placement.nodeIds()) {
                    reserved.merge(id, 1, Integer::sum);
                    reposition(id);
                }
                inFlight++;
            }
            return new Reservation(placement, spare);
        }
    }

    /** The decision's transaction rolled back, or its guard turned it away: its seats are free again. */
    public synchronized void cancel(Reservation reservation) {
        if (settle(reservation)) {
            reservation.nodeIds().forEach(this::reposition);
            notifyAll();
        }
    }

    /**
     * The decision's transaction committed. {@code counted} are the chosen nodes as its guard
     * counted them after adding the tenant, holding the nodes' locks and the epoch's, so exactly as
     * of {@code epochAfter}; each added assignment was one step. When no other step came between
     * the pool's epoch and this commit, the pool is then exactly at {@code epochAfter} without
     * reading anything; otherwise the next decision reads the steps it missed.
     */
    public synchronized void committed(Reservation reservation, List<CountedNode> counted, long epochAfter) {
        if (!settle(reservation)) {
            return;
        }
        if (pool != null && epochAfter > epoch) {
            counted.forEach(this::put);
            if (epoch == epochAfter - reservation.nodeIds().size()) {
                epoch = epochAfter;
            }
        }
        reservation.nodeIds().forEach(this::reposition);
        notifyAll();
    }

    /**
     * The next decision reads these nodes again, whatever the epoch says (a guard found them other
     * than the pool did). Takes no lock: a guard calls it holding row locks.
     */
    public void doubt(Collection<Long> nodeIds) {
        doubted.addAll(nodeIds);
    }

    /**
     * The guard's question about a reservation: each chosen node, counted under its lock after the
     * tenant was added, would still have been a candidate just before (one tenant fewer), judged on
     * the measured load the pool decided on. Takes no lock: a guard asks it holding row locks.
     */
    public boolean stillAdmitted(Reservation reservation, List<CountedNode> counted, PlacementQuery query,
                                 BaseAllotment base) {
        for (CountedNode node : counted) {
            boolean isSpare = reservation.spare.isPresent() && reservation.spare.getAsLong() == node.id();
            var before = node.facts().snapshot(Math.max(0, node.tenants() - 1), base, isSpare, measured.of(node.id()));
            if (!engine.admits(before, query)) {
                return false;
            }
        }
        return true;
    }

    /** The tenants on these nodes as the database holds them now (reservations not counted); one epoch read when nothing changed. */
    public Map<Long, Integer> tenantsOn(Collection<Long> nodeIds, BaseAllotment base) {
        long now = source.epoch();
        synchronized (this) {
            catchUp(now, base);
            Map<Long, Integer> counts = new LinkedHashMap<>();
            nodeIds.forEach(id -> counts.put(id, tenants.getOrDefault(id, 0)));
            return counts;
        }
    }

    /** The epoch the pool's nodes are at least as new as; -1 before the first read. */
    public synchronized long epoch() {
        return pool == null ? -1 : epoch;
    }

    /** Every node as the pool sees it now, reservations counted as tenants. */
    public synchronized List<NodeSnapshot> snapshots() {
        return pool == null ? List.of() : pool.snapshots();
    }

    private void catchUp(long now, BaseAllotment wanted) {
        remeasure();
        catchUpEpoch(now, wanted);
    }

    /** Reads the measured loads again when they are due, and moves every kept node to its new load. */
    private void remeasure() {
        if (!measured.due()) {
            return;
        }
        measured.keep(source.measured());
        if (pool != null) {
            facts.keySet().forEach(this::reposition);
        }
    }

    private void catchUpEpoch(long now, BaseAllotment wanted) {
        Set<Long> doubts = Set.copyOf(doubted);
        if (pool == null || !wanted.equals(base)) {
            reload(wanted);
        } else if (Math.abs(now - epoch) > MOST_STEPS_FOLLOWED) {
            // far behind; or far ahead of the database, which then is another one (restored, made anew)
            reload(wanted);
        } else {
            Set<Long> reread = new HashSet<>(doubts);
            if (now > epoch) {
                var changed = source.changed(epoch, now);
                if (changed.isEmpty()) {
                    reload(wanted);
                    doubted.removeAll(doubts);
                    return;
                }
                reread.addAll(changed.get());
            }
            if (!reread.isEmpty()) {
                reread(reread);
            }
            epoch = Math.max(epoch, now);
        }
        doubted.removeAll(doubts);
    }

    private void reread(Set<Long> ids) {
        Set<Long> gone = new HashSet<>(ids);
        for (CountedNode node : source.nodes(ids)) {
            gone.remove(node.id());
            put(node);
        }
        for (long id : gone) {
            facts.remove(id);
            tenants.remove(id);
            pool.remove(id);
        }
    }

    private void reload(BaseAllotment wanted) {
        Cloud cloud = source.cloud();
        Map<Long, NodeFacts> newFacts = new HashMap<>();
        Map<Long, Integer> newTenants = new HashMap<>();
        for (CountedNode node : cloud.nodes()) {
            if (newFacts.put(node.id(), node.facts()) != null) {
                throw new IllegalArgumentException("node " + node.id() + " appears twice in the cloud");
            }
            newTenants.put(node.id(), node.tenants());
        }
        facts = newFacts;
        tenants = newTenants;
        base = wanted;
        spare = cloud.spare();
        pool = new NodePool(engine, newFacts.keySet().stream().map(this::snapshot).toList());
        epoch = cloud.epoch();
    }

    private void put(CountedNode node) {
        facts.put(node.id(), node.facts());
        tenants.put(node.id(), node.tenants());
        if (pool != null) {
            pool.update(snapshot(node.id()));
        }
    }

    private void reposition(long id) {
        if (pool != null && facts.containsKey(id)) {
            pool.update(snapshot(id));
        }
    }

    private NodeSnapshot snapshot(long id) {
        boolean isSpare = spare.isPresent() && spare.getAsLong() == id;
        return facts.get(id).snapshot(tenants.getOrDefault(id, 0) + reserved.getOrDefault(id, 0), base, isSpare,
                measured.of(id));
    }

    private boolean settle(Reservation reservation) {
        if (reservation.settled) {
            return false;
        }
        reservation.settled = true;
        inFlight--;
        for (long id : reservation.nodeIds()) {
            reserved.computeIfPresent(id, (node, seats) -> seats > 1 ? seats - 1 : null);
        }
        return true;
    }

    /** Waits for a decision to settle; false when interrupted (the interrupt is kept). */
    private boolean awaitSettling(long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(this, nanos);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
