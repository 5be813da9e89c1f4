package io.hyperchain.metering;

import io.hyperchain.cluster.Node;
import io.hyperchain.placement.Load;
import io.hyperchain.placement.LoadAveraging;
import io.hyperchain.placement.NodeAverage;
import io.hyperchain.placement.TenantLoads;
import io.hyperchain.cluster.NodeState;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples and their rollups. Every sample updates its minute, hour and day buckets as a running
 * average in the same transaction ({@link SampleBatch}), so an average over a month reads 30 day rows, not 170,000
 * samples. Raw samples are kept a day, minute buckets a week — the nodes' and the tenants' containers'
 * alike ({@link RollupTable}). The same pass records the hours in which each tenant's containers ran
 * (tenant_running_hour, kept 62 days) for averaging over usage hours.
 */
@Stateless
public class LoadStore {

    /** A point of a node's load history: the bucket's start and its average load. */
    public record Point(Instant bucket, double cpu, double memory, double disk) {
    }

    /** Running hours are kept long enough for the monthly adjustment of the month before. */
    static final java.time.Duration RUNNING_HOURS_KEPT = java.time.Duration.ofDays(62);

    /**
     * Each tenant's nodes' sample-weighted averages over only the hours in [?1, ?2) in which the
     * tenant's containers ran (tenant_running_hour, written by the sampling pass); also run by the benchmark.
     */
    public static final String USAGE_AVERAGES_SQL = "select h.tenant_id, r.node_id, n.state, "
            + "sum(r.cpu * r.samples) / sum(r.samples), sum(r.memory * r.samples) / sum(r.samples), "
            + "sum(r.disk * r.samples) / sum(r.samples), sum(r.samples) "
            + "from tenant_running_hour h "
            + "join assignment a on a.tenant_id = h.tenant_id "
            + "join node n on n.id = a.node_id "
            + "join load_rollup r on r.node_id = a.node_id and r.grain = 'HOUR' and r.bucket = h.bucket "
            + "where h.bucket >= ?1 and h.bucket < ?2 group by h.tenant_id, r.node_id, n.state";

    @PersistenceContext
    EntityManager em;

    public List<Node> nodes() {
        return em.createQuery("select n from Node n order by n.id", Node.class).getResultList();
    }

    /** Raw samples are kept a day, minute rollups a week (hour and day rollups stay). */
    static final java.time.Duration RAW_KEPT = java.time.Duration.ofDays(1);
    static final java.time.Duration MINUTES_KEPT = java.time.Duration.ofDays(7);

    /** One pass: its node samples and its tenants' containers' samples, with the retention of both. */
    public void save(List<SampleBatch.Sample> samples, List<ContainerSample> containers) {
        if (samples.isEmpty()) {
            return;
        }
        // the container's pooled connection of this transaction, so the batch commits with it
        em.unwrap(org.hibernate.Session.class).doWork(connection -> SampleBatch.write(connection, samples, containers));
        Instant newest = samples.get(0).at();
        for (String raw : List.of("load_sample", "container_sample")) {
            em.createNativeQuery("delete from " + raw + " where at < ?1")
                    .setParameter(1, Timestamp.from(newest.minus(RAW_KEPT))).executeUpdate();
        }
        for (RollupTable rollup : List.of(RollupTable.NODE_LOAD, RollupTable.CONTAINER_USAGE)) {
            em.createNativeQuery(rollup.minuteRetentionSql())
                    .setParameter(1, Timestamp.from(newest.minus(MINUTES_KEPT))).executeUpdate();
        }
        em.createNativeQuery("delete from tenant_running_hour where bucket < ?1")
                .setParameter(1, Timestamp.from(newest.minus(RUNNING_HOURS_KEPT))).executeUpdate();
    }

    /** Every node's average over [from, to), weighted by samples, from day and hour buckets ({@link RollupSpan}). */
    public List<NodeAverage> averages(Instant from, Instant to) {
        return averages(nodes(), from, to, RollupSpan.AVERAGES_SQL, null);
    }

    /** P1.6: what every tenant's nodes averaged over [from, to), over the hours the admin chose. */
    public TenantLoads tenantLoads(LoadAveraging averaging, Instant from, Instant to) {
        if (averaging == LoadAveraging.PERIOD) {
            return TenantLoads.overPeriod(averages(from, to));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(USAGE_AVERAGES_SQL)
                .setParameter(1, Timestamp.from(from.truncatedTo(ChronoUnit.HOURS)))
                .setParameter(2, Timestamp.from(to))
                .getResultList();
        return TenantLoads.overUsageHours(rows.stream().map(row -> new TenantLoads.TenantNodeAverage(
                ((Number) row[0]).longValue(),
                new NodeAverage(((Number) row[1]).longValue(), NodeState.ACTIVE.name().equals(row[2]),
                        new Load(number(row[3]), number(row[4]), number(row[5])), ((Number) row[6]).longValue())))
                .toList());
    }

    /** The same averages for a few nodes only (a tenant's), without reading the whole cloud. */
    public List<NodeAverage> averagesOf(java.util.Collection<Long> nodeIds, Instant from, Instant to) {
        if (nodeIds.isEmpty()) {
            return List.of();
        }
        // by primary key: found in the persistence context when the caller read them (a query with an
        // IN list of changing length is translated afresh each time — a tenth of a request's CPU)
        var some = nodeIds.stream().sorted().distinct().map(id -> em.find(Node.class, id))
                .filter(java.util.Objects::nonNull).toList();
        String sql = RollupSpan.AVERAGES_SQL.replace("where ((", "where node_id in (?7) and ((");
        return averages(some, from, to, sql, nodeIds);
    }

    private List<NodeAverage> averages(List<Node> nodes, Instant from, Instant to, String sql,
                                       java.util.Collection<Long> nodeIds) {
        var parameters = RollupSpan.of(from, to).parameters();
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        if (nodeIds != null) {
            query.setParameter(parameters.size() + 1, nodeIds);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, Object[]> byNode = new HashMap<>();
        rows.forEach(row -> byNode.put(((Number) row[0]).longValue(), row));
        return nodes.stream().map(node -> {
            Object[] row = byNode.get(node.id());
            if (row == null) {
                return new NodeAverage(node.id(), node.state() == NodeState.ACTIVE, Load.IDLE, 0);
            }
            return new NodeAverage(node.id(), node.state() == NodeState.ACTIVE,
                    new Load(number(row[1]), number(row[2]), number(row[3])), ((Number) row[4]).longValue());
        }).toList();
    }

    /**
     * P1.2: each node's average over a recent window [from, to), weighted by samples, from hour and
     * minute rows ({@link RollupSpan#window}): one grouped read for every node. A node not sampled in the
     * window is left out.
     */
    public Map<Long, Load> windowAverages(Instant from, Instant to) {
        var span = RollupSpan.window(from, to);
        var parameters = span.parameters();
        var query = em.createNativeQuery(span.averagesSql());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, Load> loads = new HashMap<>();
        for (Object[] row : rows) {
            if (((Number) row[4]).longValue() > 0) {
                loads.put(((Number) row[0]).longValue(), new Load(number(row[1]), number(row[2]), number(row[3])));
            }
        }
        return loads;
    }

    /** Nodes whose engine did not answer the newest sampling pass (its samples share one moment). */
    public java.util.Set<Long> silentInLatestPass() {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("select node_id from load_sample "
                + "where missing = true and at = (select max(at) from load_sample)").getResultList();
        java.util.Set<Long> silent = new java.util.HashSet<>();
        rows.forEach(row -> silent.add(row.longValue()));
        return silent;
    }

    /** A node's history over a range ending now, oldest first (for the charts). */
    public List<Point> history(long nodeId, HistoryRange range, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(RollupTable.NODE_LOAD.historySql("node_id"))
                .setParameter(1, nodeId).setParameter(2, range.grain().name())
                .setParameter(3, Timestamp.from(range.since(now)))
                .getResultList();
        // node_id, bucket, cpu, memory, disk
        return rows.stream().map(row -> new Point(io.hyperchain.shared.Timestamps.toInstant(row[1]), number(row[2]),
                number(row[3]), number(row[4]))).toList();
    }

    private static double number(Object value) {
        return value == null ? 0 : Math.max(0, ((Number) value).doubleValue());
    }
}
