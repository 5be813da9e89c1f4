package io.hyperchain.spare;

import io.hyperchain.cluster.Node;
import io.hyperchain.cluster.NodeAssignments;
import io.hyperchain.metering.LoadStore;
import io.hyperchain.placement.NodeAverage;
import io.hyperchain.placement.SpareElection;
import io.hyperchain.placement.SpareEligibility;
import io.hyperchain.settings.PortalSettings;
import io.hyperchain.settings.SettingKey;
import io.hyperchain.shared.Constraints;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * P1.5: once per period the quietest node becomes the shared spare. Electing again for a period
 * that already has a spare changes nothing (the period is the table's key), so a job fired twice,
 * or on two portal instances, elects once.
 */
@Stateless
public class SpareService {

    /** The spare of a period and whether this call elected it. */
    public record Election(String periodKey, long nodeId, String nodeName, double averageLoad, boolean newlyElected) {
    }

    /** A tenant the current spare serves, as the admin sees it; averageLoad is a share (0..1). */
    public record ServedTenant(long tenantId, String name, double averageLoad) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    LoadStore loads;

    @Inject
    PortalSettings settings;

    @Inject
    NodeAssignments assignments;

    @Inject
    Clock clock;

    /** Elects the spare of the period from the average load over [from, to); empty when no node has samples. */
    public Optional<Election> elect(String periodKey, Instant from, Instant to) {
        var existing = of(periodKey);
        if (existing.isPresent()) {
            return existing;
        }
        var winner = SpareElection.elect(loads.averages(from, to));
        if (winner.isEmpty()) {
            return Optional.empty();
        }
        try {
            em.createNativeQuery("insert into spare_election (period_key, node_id, average_load, elected_at) "
                            + "values (?1, ?2, ?3, ?4)")
                    .setParameter(1, periodKey).setParameter(2, winner.get().nodeId())
                    .setParameter(3, winner.get().load().combined())
                    .setParameter(4, Timestamp.from(Instant.now(clock)))
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e, "PRIMARY")) {
                return of(periodKey); // another instance elected this period first
            }
            throw e;
        }
        Node node = em.find(Node.class, winner.get().nodeId());
        return Optional.of(new Election(periodKey, node.id(), node.name(), winner.get().load().combined(), true));
    }

    /**
     * The node of the current spare if it joins this tenant's environment now (P1.5): the tenant
     * does not hold it and their nodes averaged at least spareThresholdPercent over the window.
     */
    public Optional<Long> spareFor(Collection<Long> tenantNodes) {
        var spare = current();
        if (spare.isEmpty() || tenantNodes.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        Map<Long, NodeAverage> averages = byNode(loads.averagesOf(tenantNodes, now.minus(SpareEligibility.WINDOW), now));
        long spareNode = spare.get().nodeId();
        return SpareEligibility.joins(spareNode, tenantNodes, averages, threshold())
                ? Optional.of(spareNode) : Optional.empty();
    }

    /** Every tenant the given spare joins at their next start, busiest first (the same rule as {@link #spareFor}). */
    public List<ServedTenant> tenantsServed(Election spare) {
        Instant now = Instant.now(clock);
        var served = SpareEligibility.tenantsServed(spare.nodeId(), assignments.nodesByTenant(),
                byNode(loads.averages(now.minus(SpareEligibility.WINDOW), now)), threshold());
        if (served.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, name from tenant where id in (?1)")
                .setParameter(1, served.stream().map(SpareEligibility.BusyTenant::tenantId).toList())
                .getResultList();
        rows.forEach(row -> names.put(((Number) row[0]).longValue(), (String) row[1]));
        return served.stream()
                .map(tenant -> new ServedTenant(tenant.tenantId(), names.get(tenant.tenantId()), tenant.averageLoad()))
                .toList();
    }

    /** spareThresholdPercent as a share. */
    public double threshold() {
        return settings.all().share(SettingKey.SPARE_THRESHOLD_PERCENT);
    }

    private static Map<Long, NodeAverage> byNode(List<NodeAverage> averages) {
        Map<Long, NodeAverage> byNode = new HashMap<>();
        averages.forEach(average -> byNode.put(average.nodeId(), average));
        return byNode;
    }

    /** The spare of the newest election, if any. */
    public Optional<Election> current() {
        @SuppressWarnings("unchecked")
        var rows = (java.util.List<Object[]>) em.createNativeQuery(
                        "select period_key from spare_election order by elected_at desc, period_key desc limit 1")
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object row = rows.get(0);
        return of(row instanceof Object[] array ? (String) array[0] : (String) row);
    }

    private Optional<Election> of(String periodKey) {
        @SuppressWarnings("unchecked")
        var rows = (java.util.List<Object[]>) em.createNativeQuery(
                        "select node_id, average_load from spare_election where period_key = ?1")
                .setParameter(1, periodKey).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        long nodeId = ((Number) row[0]).longValue();
        return Optional.of(new Election(periodKey, nodeId, em.find(Node.class, nodeId).name(),
                ((Number) row[1]).doubleValue(), false));
    }
}
