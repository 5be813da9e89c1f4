package io.hyperchain.metering;

import io.hyperchain.cluster.Node;
import io.hyperchain.placement.Load;
import io.hyperchain.placement.NodeAverage;
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
import java.util.Optional;

/**
 * Samples and their rollups. Every sample updates its minute, hour and day buckets as a running
 * average in the same transaction, so an average over a month reads 30 day rows, not 170,000
 * samples. Raw samples are kept a day, minute buckets a week.
 */
@Stateless
public class LoadStore {

    public record Sample(long nodeId, Instant at, Optional<Load> load) {
    }

    /** A point of a node's load history: the bucket's start and its average load. */
    public record Point(Instant bucket, double cpu, double memory, double disk) {
    }

    enum Grain {
        MINUTE(ChronoUnit.MINUTES),
        HOUR(ChronoUnit.HOURS),
        DAY(ChronoUnit.DAYS);

        final ChronoUnit unit;

        Grain(ChronoUnit unit) {
            this.unit = unit;
        }
    }

    @PersistenceContext
    EntityManager em;

    public List<Node> nodes() {
        return em.createQuery("select n from Node n order by n.id", Node.class).getResultList();
    }

    public void save(List<Sample> samples) {
        if (samples.isEmpty()) {
            return;
        }
        var values = new StringBuilder();
        for (int i = 0; i < samples.size(); i++) {
            values.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?)");
        }
        var insert = em.createNativeQuery("insert into load_sample (node_id, at, cpu, memory, disk, missing) values " + values);
        int p = 1;
        for (Sample sample : samples) {
            insert.setParameter(p++, sample.nodeId());
            insert.setParameter(p++, Timestamp.from(sample.at()));
            insert.setParameter(p++, sample.load().map(Load::cpu).orElse(null));
            insert.setParameter(p++, sample.load().map(Load::memory).orElse(null));
            insert.setParameter(p++, sample.load().map(Load::disk).orElse(null));
            insert.setParameter(p++, sample.load().isEmpty());
        }
        insert.executeUpdate();
        for (Sample sample : samples) {
            if (sample.load().isEmpty()) {
                continue; // a missing sample moves no average
            }
            for (Grain grain : Grain.values()) {
                Load load = sample.load().get();
                em.createNativeQuery("insert into load_rollup (node_id, grain, bucket, cpu, memory, disk, samples) "
                                + "values (?1, ?2, ?3, ?4, ?5, ?6, 1) on duplicate key update "
                                + "cpu = (cpu * samples + ?4) / (samples + 1), memory = (memory * samples + ?5) / (samples + 1), "
                                + "disk = (disk * samples + ?6) / (samples + 1), samples = samples + 1")
                        .setParameter(1, sample.nodeId()).setParameter(2, grain.name())
                        .setParameter(3, Timestamp.from(sample.at().truncatedTo(grain.unit)))
                        .setParameter(4, load.cpu()).setParameter(5, load.memory()).setParameter(6, load.disk())
                        .executeUpdate();
            }
        }
        Instant newest = samples.get(0).at();
        em.createNativeQuery("delete from load_sample where at < ?1")
                .setParameter(1, Timestamp.from(newest.minus(1, ChronoUnit.DAYS))).executeUpdate();
        em.createNativeQuery("delete from load_rollup where grain = 'MINUTE' and bucket < ?1")
                .setParameter(1, Timestamp.from(newest.minus(7, ChronoUnit.DAYS))).executeUpdate();
    }

    /** Every node's average over [from, to), weighted by samples, from hour buckets. */
    public List<NodeAverage> averages(Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select node_id, sum(cpu * samples) / sum(samples), "
                        + "sum(memory * samples) / sum(samples), sum(disk * samples) / sum(samples), sum(samples) "
                        + "from load_rollup where grain = 'HOUR' and bucket >= ?1 and bucket < ?2 group by node_id")
                .setParameter(1, Timestamp.from(from.truncatedTo(ChronoUnit.HOURS)))
                .setParameter(2, Timestamp.from(to))
                .getResultList();
        Map<Long, Object[]> byNode = new HashMap<>();
        rows.forEach(row -> byNode.put(((Number) row[0]).longValue(), row));
        return nodes().stream().map(node -> {
            Object[] row = byNode.get(node.id());
            if (row == null) {
                return new NodeAverage(node.id(), node.state() == NodeState.ACTIVE, Load.IDLE, 0);
            }
            return new NodeAverage(node.id(), node.state() == NodeState.ACTIVE,
                    new Load(number(row[1]), number(row[2]), number(row[3])), ((Number) row[4]).longValue());
        }).toList();
    }

    /** A node's history at the given grain since a moment, oldest first (for the charts). */
    public List<Point> history(long nodeId, String grain, Instant since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select bucket, cpu, memory, disk from load_rollup "
                        + "where node_id = ?1 and grain = ?2 and bucket >= ?3 order by bucket")
                .setParameter(1, nodeId).setParameter(2, grain).setParameter(3, Timestamp.from(since))
                .getResultList();
        return rows.stream().map(row -> new Point(io.hyperchain.shared.Timestamps.toInstant(row[0]), number(row[1]), number(row[2]),
                number(row[3]))).toList();
    }

    private static double number(Object value) {
        return value == null ? 0 : Math.max(0, ((Number) value).doubleValue());
    }
}
