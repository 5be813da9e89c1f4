package io.hyperchain.jobs;

import io.hyperchain.live.LiveEvent;
import io.hyperchain.live.LiveEvents;
import io.hyperchain.shared.Constraints;
import io.hyperchain.shared.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The job history and the schedules; each call commits on its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRuns {

    /**
     * One line of a job's history. {@code cost} is null for a job that does not measure its own
     * (only the load sampler does, P3.2) and for a run not finished.
     */
    public record Run(long id, String job, String periodKey, String trigger, String instance, Instant startedAt,
                      Instant finishedAt, String outcome, String detail, Cost cost) {
    }

    /**
     * What a run cost the portal: the CPU time of the threads that did its work, and, for a job over
     * nodes, that time as a share of one core per node over the interval the run stands for (null
     * when the schedule gives no interval).
     */
    public record Cost(long cpuMicros, Double coreSharePerNode) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LiveEvents live;

    /** Records the start of a run; empty when this period already has one (it ran, or runs, elsewhere). */
    public Optional<Long> start(PortalJob job, String periodKey, String trigger, String instance) {
        abandonRunOfDeadInstance(job, periodKey, instance);
        try {
            em.createNativeQuery("insert into job_run (job, period_key, trigger_kind, instance, started_at, outcome) "
                            + "values (?1, ?2, ?3, ?4, ?5, 'RUNNING')")
                    .setParameter(1, job.id()).setParameter(2, periodKey).setParameter(3, trigger)
                    .setParameter(4, instance).setParameter(5, Timestamp.from(Instant.now(clock)))
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e, "uq_job_run_period")) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue());
    }

    /**
     * A run left RUNNING by an instance that no longer checks in (killed mid-run: its transaction
     * rolled back) gives its period back, so this run does the period's work once. Alive means a
     * Quartz check-in within three intervals; a run of this very instance is never taken.
     */
    private void abandonRunOfDeadInstance(PortalJob job, String periodKey, String instance) {
        long aliveSince = Instant.now(clock).toEpochMilli() - 3 * PortalScheduler.CHECKIN_INTERVAL_MILLIS;
        em.createNativeQuery("update job_run set outcome = 'ABANDONED', finished_at = ?4, "
                        + "detail = concat('its instance stopped checking in: ', instance), "
                        + "period_key = left(concat(period_key, '/abandoned/', id), 64) "
                        + "where job = ?1 and period_key = ?2 and outcome = 'RUNNING' and instance <> ?3 "
                        + "and instance not in (select convert(INSTANCE_NAME using utf8mb4) collate utf8mb4_unicode_ci "
                        // Quartz's own DDL leaves its tables in the database's default collation
                        + "from QRTZ_SCHEDULER_STATE where LAST_CHECKIN_TIME > ?5)")
                .setParameter(1, job.id()).setParameter(2, periodKey).setParameter(3, instance)
                .setParameter(4, Timestamp.from(Instant.now(clock))).setParameter(5, aliveSince)
                .executeUpdate();
    }

    /**
     * Records that this instance found the period already run: a second scheduled fire of the
     * same time would show here, so the history proves each fire ran once.
     */
    public void recordSkipped(PortalJob job, String periodKey, String trigger, String instance) {
        Instant now = Instant.now(clock);
        em.createNativeQuery("insert into job_run (job, period_key, trigger_kind, instance, started_at, finished_at, "
                        + "outcome, detail) values (?1, ?2, ?3, ?4, ?5, ?5, 'SKIPPED', ?6)")
                .setParameter(1, job.id())
                .setParameter(2, (periodKey + "/skipped/" + java.util.UUID.randomUUID()).substring(0, Math.min(64,
                        periodKey.length() + 45)))
                .setParameter(3, trigger).setParameter(4, instance).setParameter(5, Timestamp.from(now))
                .setParameter(6, "period " + periodKey + " already ran").executeUpdate();
    }

    /**
     * Records the end of a run. A failed run gives its period back, so a retry may run it. Admins'
     * open pages hear of it (the jobs page, and the overview whose loads a sampling run changed).
     */
    public void finish(long runId, PortalJob job, String outcome, String detail) {
        finish(runId, job, outcome, detail, null);
    }

    /** Records the end of a run and what it cost ({@code cost} null: not measured). */
    public void finish(long runId, PortalJob job, String outcome, String detail, Cost cost) {
        live.publish(LiveEvent.forAdmins("job." + outcome.toLowerCase(java.util.Locale.ROOT), job.id()));
        // only the figures there are: a column left out stays NULL, and no NULL needs a bind type
        String measured = cost == null ? "" : ", cpu_micros = ?5"
                + (cost.coreSharePerNode() == null ? "" : ", core_share_per_node = ?6");
        var update = em.createNativeQuery("update job_run set finished_at = ?2, outcome = ?3, detail = ?4, period_key = "
                        + "if(?3 = 'FAILED', left(concat(period_key, '/failed/', id), 64), period_key)" + measured
                        + " where id = ?1")
                .setParameter(1, runId).setParameter(2, Timestamp.from(Instant.now(clock)))
                .setParameter(3, outcome).setParameter(4, detail == null || detail.length() <= 2000 ? detail
                        : detail.substring(0, 2000));
        if (cost != null) {
            update.setParameter(5, cost.cpuMicros());
            if (cost.coreSharePerNode() != null) {
                update.setParameter(6, cost.coreSharePerNode());
            }
        }
        update.executeUpdate();
    }

    public List<Run> recent(PortalJob job, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, job, period_key, trigger_kind, instance, started_at, "
                        + "finished_at, outcome, detail, cpu_micros, core_share_per_node from job_run where job = ?1 "
                        + "order by started_at desc, id desc limit ?2")
                .setParameter(1, job.id()).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new Run(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], Timestamps.toInstant(r[5]), r[6] == null ? null : Timestamps.toInstant(r[6]),
                (String) r[7], (String) r[8], r[9] == null ? null
                        : new Cost(((Number) r[9]).longValue(), r[10] == null ? null : ((Number) r[10]).doubleValue())))
                .toList();
    }

    public String cron(PortalJob job) {
        var rows = em.createNativeQuery("select cron from job_schedule where job = ?1").setParameter(1, job.id())
                .getResultList();
        return rows.isEmpty() ? job.defaultCron() : (String) rows.get(0);
    }

    public void changeCron(PortalJob job, String cron) {
        em.createNativeQuery("insert into job_schedule (job, cron, updated_at) values (?1, ?2, ?3) "
                        + "on duplicate key update cron = ?2, updated_at = ?3")
                .setParameter(1, job.id()).setParameter(2, cron).setParameter(3, Timestamp.from(Instant.now(clock)))
                .executeUpdate();
    }
}
