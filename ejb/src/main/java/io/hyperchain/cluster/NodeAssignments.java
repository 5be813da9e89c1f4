package io.hyperchain.cluster;

import io.hyperchain.placement.NodeCount;
import io.hyperchain.placement.NodeCountPolicy;
import io.hyperchain.placement.ResourceRequest;
import io.hyperchain.settings.PortalSettings;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.shared.LockConflict;
import io.hyperchain.shared.TenantContext;
import io.hyperchain.tenant.VerifiedEmailRequired;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * P1.1 + P1.2: a tenant's request becomes a node count, and the tenant holds exactly that many
 * nodes afterwards. Each portal instance decides from its own kept pool ({@link PlacementPool}) and
 * commits under locks of the chosen nodes only ({@link PlacementCommit}), so two requests never
 * over-commit a node, whichever portal instance serves them.
 */
@Stateless
public class NodeAssignments {

    /** Attempts at one request before it gives up (each lost a chosen seat to another placement). */
    static final int ATTEMPTS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalSettings settings;

    @Inject
    PlacementCommit commit;

    @Inject
    PlacementPool pool;

    @Inject
    Clock clock;

    @Inject
    MeasuredLoads measured;

    /**
     * Makes the tenant hold as many nodes as the request needs; returns that count. Each attempt is
     * a transaction of its own (this method holds none), so an attempt that lost a seat to another
     * placement, or a lock conflict, gives its locks back before the next one. The caller reads the
     * nodes afterwards ({@link #nodesOf}). 403 {@code email.unverified} while the acting user has not
     * verified its address.
     */
    @VerifiedEmailRequired
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public NodeCount request(TenantContext tenant, ResourceRequest request) {
        var values = settings.all();
        NodeCount count = NodeCountPolicy.nodeCount(request, values.baseAllotment());
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                if (commit.request(tenant.tenantId(), request, count, values)) {
                    return count;
                }
            } catch (RuntimeException e) {
                if (!LockConflict.causes(e) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
            pause(attempt);
        }
        throw busy();
    }

    /**
     * P1.6: an approved or automatic adjustment sets the tenant's node count directly, with the same
     * rules as a request, inside the caller's transaction.
     */
    public void changeNodeCount(long tenantId, int nodes) {
        if (change(tenantId, nodes) == PlacementCommit.Change.NODES_IN_USE) {
            throw PlacementCommit.nodesInUse();
        }
    }

    /**
     * P1.6: the monthly run gives a node back only if the running environment does not use it;
     * false (and nothing changed) when it does. Refused here, inside the bean, so the refusal
     * does not mark the caller's whole transaction for rollback.
     */
    public boolean reduceNodeCount(long tenantId, int nodes) {
        return change(tenantId, nodes) != PlacementCommit.Change.NODES_IN_USE;
    }

    /** Attempts in the caller's transaction until one is not contended. */
    private PlacementCommit.Change change(long tenantId, int nodes) {
        var values = settings.all();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            var change = commit.changeNodeCount(tenantId, nodes, values, attempt > 1);
            if (change != PlacementCommit.Change.CONTENDED) {
                return change;
            }
        }
        throw busy();
    }

    /** The tenant gives every node back (DELETE /resource-requests); not while its environment runs. */
    public void releaseAll(TenantContext tenant) {
        commit.releaseAll(tenant.tenantId());
    }

    private static DomainException busy() {
        return new DomainException(Problem.CONFLICT, "request.busy", null,
                "Other requests kept taking the nodes chosen for this one. Please try again.");
    }

    /** A short pause, longer after each lost attempt and a little random, so that two instances do not keep colliding. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2L + Math.min(50, 5L * attempt)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    /** Every tenant's held node ids by tenant id, in one grouped query (the monthly jobs and the spare list judge them all). */
    public Map<Long, List<Long>> nodesByTenant() {
        // rows grouped here, not by group_concat: that one is cut at group_concat_max_len
        Map<Long, List<Long>> byTenant = new java.util.TreeMap<>(); // by tenant id: a repeatable order
        em.createQuery("select a.tenantId, a.nodeId from Assignment a order by a.tenantId, a.nodeId", Object[].class)
                .getResultList()
                .forEach(row -> byTenant.computeIfAbsent((Long) row[0], t -> new java.util.ArrayList<>()).add((Long) row[1]));
        return byTenant;
    }

    public List<Assignment> assignments(long tenantId) {
        return PlacementCommit.heldBy(em, tenantId);
    }

    /** The tenant's nodes with state and load, for the pictures and GET /nodes. */
    public List<TenantNode> nodesOf(TenantContext tenant) {
        var held = assignments(tenant.tenantId());
        if (held.isEmpty()) {
            return List.of();
        }
        var base = settings.baseAllotment();
        Set<Long> ids = new HashSet<>();
        held.forEach(a -> ids.add(a.nodeId()));
        Map<Long, Integer> tenants = pool.tenantsOn(ids, base); // from the pool: no count when the epoch did not move
        Map<Long, Node> nodes = ids.stream().collect(Collectors.toMap(id -> id, id -> em.find(Node.class, id)));
        // the pictures show measured load (this hour's rollups) where there is some, else what is promised
        Instant now = Instant.now(clock);
        Map<Long, io.hyperchain.placement.NodeAverage> sampled = new java.util.HashMap<>();
        measured.averagesOf(ids, now.minus(java.time.Duration.ofHours(1)), now.plusSeconds(1)).stream()
                .filter(average -> average.samples() > 0)
                .forEach(average -> sampled.put(average.nodeId(), average));
        return held.stream().map(a -> {
            Node node = nodes.get(a.nodeId());
            int assigned = tenants.getOrDefault(node.id(), 0);
            var load = io.hyperchain.placement.Load.measuredOr(NodeLoads.snapshot(node, assigned, base, false).load(),
                    java.util.Optional.ofNullable(sampled.get(node.id())).map(io.hyperchain.placement.NodeAverage::load));
            return new TenantNode(node.id(), node.name(), node.state(), a.selected(),
                    (int) Math.round(load.combined() * 100), assigned);
        }).toList();
    }
}
