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

    @PersistenceContext
    EntityManager em;

    /** The tenant's containers that have usage in the range ending now, by node, their points oldest first. */
    public List<Series> of(TenantContext tenant, HistoryRange range, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(RollupTable.CONTAINER_USAGE.historySql("tenant_id"))
                .setParameter(1, tenant.tenantId()).setParameter(2, range.grain().name())
                .setParameter(3, Timestamp.from(range.since(now)))
                .getResultList();
        List<Series> series = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        Long node = null;
        long host = 0;
        // tenant_id, node_id, bucket, cpu_cores, memory_bytes, disk_bytes, host_node_id; ordered by node, then bucket
        for (Object[] row : rows) {
            long rowNode = ((Number) row[1]).longValue();
            if (node != null && rowNode != node) {
                series.add(series(node, host, points));
                points = new ArrayList<>();
            }
            node = rowNode;
            host = ((Number) row[6]).longValue();
            points.add(new Point(Timestamps.toInstant(row[2]), Math.max(0, ((Number) row[3]).doubleValue()),
                    Math.round(Math.max(0, ((Number) row[4]).doubleValue())), Math.round(Math.max(0, ((Number) row[5]).doubleValue()))));
        }
        if (node != null) {
            series.add(series(node, host, points));
        }
        return series;
    }

    private Series series(long node, long host, List<Point> points) {
        return new Series(node, nameOf(node), host, nameOf(host), points);
    }

    /** A node removed since still has its history: it is named by its id. */
    private String nameOf(long nodeId) {
        Node node = em.find(Node.class, nodeId);
        return node == null ? "#" + nodeId : node.name();
    }
}
