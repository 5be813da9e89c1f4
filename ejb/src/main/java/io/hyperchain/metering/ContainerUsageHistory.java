package io.hyperchain.metering;

import io.hyperchain.cluster.Node;
import io.hyperchain.shared.TenantContext;
import io.hyperchain.shared.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * P4.3: a tenant's containers' usage history, read from their rollups ({@link RollupTable#CONTAINER_USAGE})
 * — only the tenant's own: every read is scoped by the tenant.
 */
@Stateless
public class ContainerUsageHistory {

    /** One bucket of a container: its average CPU cores, memory and writable-layer disk bytes. */
    public record Point(Instant at, double cpuCores, long memoryBytes, long diskBytes) {
    }

    /**
     * One container of the tenant, by the tenant's node it stands for; the host it ran on in the
     * newest bucket (another node after a failover or a move).
     */
    public record Series(long nodeId, String nodeName, long hostNodeId, String hostNodeName, List<Point> points) {

        public Series {
            points = List.copyOf(points);
        }
    }

    /** One rollup row as read: the tenant's node it stands for, where it ran, its bucket's point. */
    record Row(long nodeId, long hostNodeId, Point point) {
    }

    @PersistenceContext
    EntityManager em;

    /** The tenant's containers that have usage in the range ending now, by node, their points oldest first. */
    public List<Series> of(TenantContext tenant, HistoryRange range, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(RollupTable.CONTAINER_USAGE.historySql("tenant_id"))
                .setParameter(1, tenant.tenantId()).setParameter(2, range.grain().name())
                .setParameter(3, Timestamp.from(range.since(now)))
                .getResultList();
        // tenant_id, node_id, bucket, cpu_cores, memory_bytes, disk_bytes, host_node_id
        return series(rows.stream().map(row -> new Row(((Number) row[1]).longValue(), ((Number) row[6]).longValue(),
                new Point(Timestamps.toInstant(row[2]), Math.max(0, ((Number) row[3]).doubleValue()),
                        Math.round(Math.max(0, ((Number) row[4]).doubleValue())),
                        Math.round(Math.max(0, ((Number) row[5]).doubleValue()))))).toList(), this::nameOf);
    }

    /**
     * Rows ordered by node then bucket, as one series per node: its points in order, its host the
     * newest bucket's.
     */
    static List<Series> series(List<Row> rows, LongFunction<String> names) {
        List<Series> series = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || rows.get(i).nodeId() != rows.get(from).nodeId()) {
                var run = rows.subList(from, i);
                long node = run.get(0).nodeId();
                long host = run.get(run.size() - 1).hostNodeId();
                series.add(new Series(node, names.apply(node), host, names.apply(host), run.stream().map(Row::point).toList()));
                from = i;
            }
        }
        return series;
    }

    /** A node removed since still has its history: it is named by its id. */
    private String nameOf(long nodeId) {
        Node node = em.find(Node.class, nodeId);
        return node == null ? "#" + nodeId : node.name();
    }
}
