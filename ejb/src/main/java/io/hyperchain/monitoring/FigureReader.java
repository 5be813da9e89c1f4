package io.hyperchain.monitoring;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@link Figures} for {@code GET /metrics}: one grouped query per family, from the database
 * only (no engine is asked, whatever the number of nodes). A scraper calls this every few seconds,
 * so every query either uses an index or reads a small table; the job history is the exception
 * (see {@link #jobRuns}).
 */
@Stateless
public class FigureReader {

    @PersistenceContext
    EntityManager em;

    public Figures read() {
        Map<String, Long> containers = new HashMap<>();
        long elsewhere = 0;
        // both container families in one pass over the running environments' workloads
        for (Object[] row : rows("select w.state, count(*), sum(case when w.host_node_id <> w.node_id then 1 else 0 end) "
                + "from workload w join environment e on e.id = w.environment_id where e.desired_state = 'RUNNING' "
                + "group by w.state")) {
            containers.put((String) row[0], number(row[1]));
            elsewhere += number(row[2]);
        }
        return new Figures(nodes(), containers, elsewhere, lastJobDurations(), jobRuns(),
                count("select count(*) from resource_request"), count("select count(*) from tenant"),
                count("select count(*) from approval where state = 'PENDING'"), healingEvents());
    }

    private Map<Figures.NodeKind, Long> nodes() {
        Map<Figures.NodeKind, Long> nodes = new HashMap<>();
        for (Object[] row : rows("select state, health, count(*) from node group by state, health")) {
            nodes.put(new Figures.NodeKind((String) row[0], (String) row[1]), number(row[2]));
        }
        return nodes;
    }

    /**
     * The latest finished run of each job: its start is the job's latest among DONE and FAILED runs
     * (a SKIPPED run did nothing, an ABANDONED one's end is when another instance gave up on it).
     */
    private Map<String, Duration> lastJobDurations() {
        Map<String, Duration> durations = new HashMap<>();
        for (Object[] row : rows("select r.job, max(timestampdiff(microsecond, r.started_at, r.finished_at)) from job_run r "
                + "join (select job, max(started_at) as started_at from job_run "
                + "where outcome in ('DONE', 'FAILED') and finished_at is not null group by job) latest "
                + "on latest.job = r.job and latest.started_at = r.started_at "
                + "where r.outcome in ('DONE', 'FAILED') and r.finished_at is not null group by r.job")) {
            durations.put((String) row[0], Duration.ofNanos(Math.max(0, number(row[1])) * 1000));
        }
        return durations;
    }

    /**
     * Finished runs by job and outcome; a RUNNING run is left out, as it turns into another outcome
     * (a counter only goes up). job_run is never pruned and this count (like the latest durations)
     * reads all of it. The default schedules write some 400,000 rows a month (load sampling and disk
     * watch every 15 s): pruning the history, or an index covering (job, outcome), keeps a scrape cheap.
     */
    private Map<Figures.JobOutcome, Long> jobRuns() {
        Map<Figures.JobOutcome, Long> runs = new HashMap<>();
        for (Object[] row : rows("select job, outcome, count(*) from job_run where outcome <> 'RUNNING' group by job, outcome")) {
            runs.put(new Figures.JobOutcome((String) row[0], (String) row[1]), number(row[2]));
        }
        return runs;
    }

    // the (action, at) index of sql/V22 answers this without reading the audit log's rows
    @SuppressWarnings("unchecked")
    private Map<String, Long> healingEvents() {
        Map<String, Long> events = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("select action, count(*) from audit_entry where action in (?1) group by action")
                .setParameter(1, PortalMetrics.HEALING_ACTIONS).getResultList();
        for (Object[] row : rows) {
            events.put((String) row[0], number(row[1]));
        }
        return events;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    private long count(String sql) {
        return number(em.createNativeQuery(sql).getSingleResult());
    }

    // count(*) and timestampdiff come back as Long or BigInteger, sum(...) as BigDecimal: all numbers
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
