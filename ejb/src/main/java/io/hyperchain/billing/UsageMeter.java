package io.hyperchain.billing;

import io.hyperchain.billing.rating.Metric;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Records usage as intervals, in the caller's transaction: the change that causes usage (a
 * container confirmed running, a disk made) and its interval commit together or not at all.
 * A subject is what uses: {@code workload:12}, {@code allotment:5}. At most one interval per
 * subject and metric is open (a unique key), so a retried start or a second instance opens none.
 */
@Stateless
public class UsageMeter {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Opens an interval unless one is open for this subject and metric; true when this call opened it. */
    public boolean open(long tenantId, String subject, Long nodeId, Metric metric, BigDecimal rate) {
        return open(tenantId, subject, nodeId, metric, rate, Instant.now(clock));
    }

    /** As {@link #open}, from a given instant. */
    public boolean open(long tenantId, String subject, Long nodeId, Metric metric, BigDecimal rate, Instant now) {
        return openAll(List.of(new UsageRows.Recorded(tenantId, subject, nodeId, metric, rate, now, null, now))) == 1;
    }

    /** Opens many intervals in few statements (a container's node, CPU and memory at once); the count opened. */
    public int openAll(List<UsageRows.Recorded> intervals) {
        return em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> UsageRows.record(connection, intervals));
    }

    /** Closes every open interval of the subject now (its container stopped, its disk went). */
    public int close(String subject) {
        return end("subject = ?2", subject, Instant.now(clock));
    }

    /**
     * Closes the subject's open interval of this metric and, for a rate above zero, opens one at the
     * new rate (a bigger disk, more on the sub disk).
     */
    public void change(long tenantId, String subject, Long nodeId, Metric metric, BigDecimal rate) {
        Instant now = Instant.now(clock);
        end("subject = ?2 and metric = '" + metric.code() + "'", subject, now); // a metric code, never request text
        if (rate.signum() > 0) {
            open(tenantId, subject, nodeId, metric, rate, now);
        }
    }

    /**
     * What the overflow partition holds, as a rate: GiB rounded up to a tenth, so a step is
     * metered when it changes by 0.1 GiB, not at every reading.
     */
    public static BigDecimal subDiskGiB(long upperKiB) {
        return BigDecimal.valueOf(upperKiB).divide(BigDecimal.valueOf(1024L * 1024), 1, java.math.RoundingMode.CEILING);
    }

    /** Closes every open interval of a tenant (its account closed). */
    public int closeTenant(long tenantId) {
        return end("tenant_id = ?2", tenantId, Instant.now(clock));
    }

    // ends the open intervals the condition picks, at {@code now} (never before their start)
    private int end(String condition, Object value, Instant now) {
        return em.createNativeQuery("update usage_interval set ended_at = greatest(started_at, ?1) where " + condition
                        + " and ended_at is null")
                .setParameter(1, Timestamp.from(now)).setParameter(2, value).executeUpdate();
    }

    public static String workload(long workloadId) {
        return "workload:" + workloadId;
    }

    public static String allotment(long allotmentId) {
        return "allotment:" + allotmentId;
    }
}
