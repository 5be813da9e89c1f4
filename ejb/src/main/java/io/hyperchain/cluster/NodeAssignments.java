package io.hyperchain.cluster;

import io.hyperchain.placement.NodeCount;
import io.hyperchain.placement.NodeCountPolicy;
import io.hyperchain.placement.Placement;
import io.hyperchain.placement.PlacementEngine;
import io.hyperchain.placement.PlacementQuery;
import io.hyperchain.placement.ResourceRequest;
import io.hyperchain.settings.PortalSettings;
import io.hyperchain.settings.SettingKey;
import io.hyperchain.settings.SettingValues;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.shared.TenantContext;
import io.hyperchain.tenant.VerifiedEmailRequired;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * P1.1 + P1.2: a tenant's request becomes a node count, and the tenant holds exactly that many
 * nodes afterwards. Decisions are taken under one database lock, so two requests never decide on
 * the same snapshot and never over-commit a node, whichever portal instance serves them.
 */
@Stateless
public class NodeAssignments {

    static final String NODES_IN_USE = "request.nodesInUse";

    private final PlacementEngine engine = PlacementEngine.standard();

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalSettings settings;

    @Inject
    NodeLoads loads;

    @Inject
    Clock clock;

    @Inject
    MeasuredLoads measured;

    /**
     * Makes the tenant hold as many nodes as the request needs; returns that count. The caller
     * reads the nodes afterwards ({@link #nodesOf}), outside the placement lock. 403
     * {@code email.unverified} while the acting user has not verified its address.
     */
    @VerifiedEmailRequired
    public NodeCount request(TenantContext tenant, ResourceRequest request) {
        long tenantId = tenant.tenantId();
        var values = settings.all();
        var base = values.baseAllotment();
        NodeCount count = NodeCountPolicy.nodeCount(request, base);
        em.createNativeQuery("select id from placement_lock where id = 1 for update").getResultList();
        hold(tenantId, count.count(), values);
        em.createNativeQuery("insert into resource_request (tenant_id, cpu, memory_gib, disk_gib, hours_per_day, "
                        + "node_count, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, tenantId).setParameter(2, request.cpu()).setParameter(3, request.memoryGiB())
                .setParameter(4, request.diskGiB()).setParameter(5, request.hoursPerDay())
                .setParameter(6, count.count()).setParameter(7, Timestamp.from(Instant.now(clock)))
                .executeUpdate();
        return count;
    }

    /**
     * P1.6: an approved or automatic adjustment sets the tenant's node count directly, under the
     * same lock and rules as a request.
     */
    public void changeNodeCount(long tenantId, int nodes) {
        em.createNativeQuery("select id from placement_lock where id = 1 for update").getResultList();
        hold(tenantId, nodes, settings.all());
    }

    /**
     * P1.6: the monthly run gives a node back only if the running environment does not use it;
     * false (and nothing changed) when it does. Refused here, inside the bean, so the refusal
     * does not mark the caller's whole transaction for rollback.
     */
    public boolean reduceNodeCount(long tenantId, int nodes) {
        try {
            changeNodeCount(tenantId, nodes);
            return true;
        } catch (DomainException e) {
            if (NODES_IN_USE.equals(e.code())) {
                return false;
            }
            throw e;
        }
    }

    private void hold(long tenantId, int count, SettingValues values) {
        var base = values.baseAllotment();
        var held = assignments(tenantId);
        if (count > held.size()) {
            Set<Long> heldIds = held.stream().map(Assignment::nodeId).collect(Collectors.toSet());
            Placement placement = engine.place(loads.snapshots(base),
                    new PlacementQuery(count - held.size(), values.share(SettingKey.LOAD_THRESHOLD_PERCENT), heldIds));
            if (!placement.placed()) {
                throw new DomainException(Problem.UNPROCESSABLE, "request.unplaceable", null,
                        "The cloud cannot serve this request now: " + placement.reason());
            }
            Instant now = Instant.now(clock);
            placement.nodeIds().forEach(nodeId -> em.persist(new Assignment(tenantId, nodeId, now)));
        } else if (count < held.size()) {
            giveBack(tenantId, held, held.size() - count);
        }
        em.flush();
    }

    /**
     * Gives back the least useful nodes: unticked before ticked, then the busiest. A ticked node
     * of a running environment is not taken away under its container: the tenant unticks it first.
     */
    private void giveBack(long tenantId, List<Assignment> held, int howMany) {
        Map<Long, Integer> tenants = loads.tenantsPerNode();
        var order = new ArrayList<>(held);
        order.sort(Comparator.comparing(Assignment::selected)
                .thenComparing(a -> -tenants.getOrDefault(a.nodeId(), 0))
                .thenComparing(a -> -a.nodeId()));
        var leaving = order.subList(0, howMany);
        boolean running = !em.createNativeQuery(
                        "select id from environment where tenant_id = ?1 and desired_state = 'RUNNING'")
                .setParameter(1, tenantId).getResultList().isEmpty();
        if (running && leaving.stream().anyMatch(Assignment::selected)) {
            throw new DomainException(Problem.CONFLICT, NODES_IN_USE, null,
                    "This request would take away nodes your running environment uses. "
                            + "Untick nodes or stop the environment first.");
        }
        leaving.forEach(em::remove);
    }

    /** The tenant gives every node back (DELETE /resource-requests); not while its environment runs. */
    public void releaseAll(TenantContext tenant) {
        em.createNativeQuery("select id from placement_lock where id = 1 for update").getResultList();
        var held = assignments(tenant.tenantId());
        if (!held.isEmpty()) {
            giveBack(tenant.tenantId(), held, held.size());
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
        return em.createQuery("select a from Assignment a where a.tenantId = :tenant order by a.nodeId", Assignment.class)
                .setParameter("tenant", tenantId).getResultList();
    }

    /** The tenant's nodes with state and load, for the pictures and GET /nodes. */
    public List<TenantNode> nodesOf(TenantContext tenant) {
        var held = assignments(tenant.tenantId());
        if (held.isEmpty()) {
            return List.of();
        }
        var base = settings.baseAllotment();
        Map<Long, Integer> tenants = loads.tenantsPerNode();
        Set<Long> ids = new HashSet<>();
        held.forEach(a -> ids.add(a.nodeId()));
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
            var load = sampled.containsKey(node.id()) ? sampled.get(node.id()).load()
                    : NodeLoads.snapshot(node, assigned, base, false).load();
            return new TenantNode(node.id(), node.name(), node.state(), a.selected(),
                    (int) Math.round(load.combined() * 100), assigned);
        }).toList();
    }
}
