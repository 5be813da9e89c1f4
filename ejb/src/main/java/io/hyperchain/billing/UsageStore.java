package io.hyperchain.billing;

import io.hyperchain.shared.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Reads usage intervals, always for one tenant. */
@Stateless
public class UsageStore {

    @PersistenceContext
    EntityManager em;

    /**
     * The tenant's intervals that touch [from, to), recorded after {@code recordedAfter} (null: any
     * time) and up to {@code recordedUpTo} (null: until now).
     */
    public List<UsageInterval> touching(long tenantId, Instant from, Instant to, Instant recordedAfter, Instant recordedUpTo) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, metric, rate, started_at, ended_at, recorded_at "
                        + "from usage_interval where tenant_id = ?1 and started_at < ?2 and (ended_at is null or ended_at > ?3) "
                        + "and recorded_at > ?4 and recorded_at <= ?5 order by id")
                .setParameter(1, tenantId).setParameter(2, Timestamp.from(to)).setParameter(3, Timestamp.from(from))
                .setParameter(4, Timestamp.from(recordedAfter == null ? Instant.EPOCH.plusSeconds(1) : recordedAfter))
                .setParameter(5, Timestamp.from(recordedUpTo == null ? Instant.parse("2999-01-01T00:00:00Z") : recordedUpTo))
                .getResultList();
        return rows.stream().flatMap(r -> Metric.ofCode((String) r[1]).stream().map(metric -> new UsageInterval(
                (String) r[0], tenantId, metric, (BigDecimal) r[2], Timestamps.toInstant(r[3]),
                r[4] == null ? null : Timestamps.toInstant(r[4]), Timestamps.toInstant(r[5])))).toList();
    }
}
