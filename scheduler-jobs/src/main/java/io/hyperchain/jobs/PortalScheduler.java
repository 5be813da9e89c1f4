package io.hyperchain.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.DirectSchedulerFactory;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * One clustered Quartz scheduler per portal instance, all on the portal's MariaDB (the QRTZ_
 * tables of migration V2): each scheduled fire runs on one instance only, and a survivor takes
 * over a dead instance's triggers. Jobs run on container-managed threads.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "EnvironmentReconciler"})
@TransactionManagement(TransactionManagementType.BEAN)
public class PortalScheduler {

    /** This instance's name in QRTZ_SCHEDULER_STATE and in the job history. */
    public static final String INSTANCE_ID = ManagementFactory.getRuntimeMXBean().getName() + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    static final String SCHEDULER_NAME = "hyperchain";
    /** How often an instance tells the others it lives; a run of one silent for three is abandoned. */
    static final long CHECKIN_INTERVAL_MILLIS = 5000;
    private static final Logger LOG = Logger.getLogger(PortalScheduler.class.getName());
    private static final String DATA_SOURCE = "portal";

    @Resource(lookup = "java:app/jdbc/hyperchain")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    JobRuns runs;

    @Inject
    Clock clock;

    private Scheduler scheduler;

    @PostConstruct
    void start() {
        try {
            DBConnectionManager.getInstance().addConnectionProvider(DATA_SOURCE, new ConnectionProvider() {
                @Override
                public Connection getConnection() throws SQLException {
                    return dataSource.getConnection();
                }

                @Override
                public void shutdown() {
                    // the container owns the pool
                }

                @Override
                public void initialize() {
                    // the container owns the pool
                }
            });
            var store = new JobStoreTX();
            store.setDataSource(DATA_SOURCE);
            store.setTablePrefix("QRTZ_");
            store.setIsClustered(true);
            store.setClusterCheckinInterval(CHECKIN_INTERVAL_MILLIS);
            store.setMisfireThreshold(60_000);
            store.setDriverDelegateClass("org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
            DirectSchedulerFactory.getInstance().createScheduler(SCHEDULER_NAME, INSTANCE_ID,
                    new ManagedThreadPool(executor, 4), new ManagedThreadExecutor(threadFactory), store,
                    Map.of(), null, 0, -1, -1, false, null, 1, 0);
            scheduler = DirectSchedulerFactory.getInstance().getScheduler(SCHEDULER_NAME);
            for (PortalJob job : PortalJob.values()) {
                schedule(job, storedCron(job));
            }
            scheduler.start();
            LOG.info(() -> "scheduler " + INSTANCE_ID + " started (clustered JDBC job store)");
        } catch (SchedulerException | org.quartz.impl.jdbcjobstore.InvalidConfigurationException e) {
            throw new IllegalStateException("the scheduler could not start", e);
        }
    }

    /** Checks and stores a new schedule, and applies it on this instance (the others on their next start). */
    public void changeSchedule(PortalJob job, String cron) {
        String trimmed = CronRule.check(cron, Instant.now(clock));
        runs.changeCron(job, trimmed);
        try {
            schedule(job, trimmed);
        } catch (SchedulerException e) {
            throw new IllegalStateException("the schedule of " + job.id() + " could not be changed", e);
        }
    }

    /**
     * Brings every trigger in line with job_schedule. Needed because an instance that had already
     * taken a fire of the old trigger writes that old trigger back when it fires (Quartz stores
     * the fired trigger whole): the schedule in the database is the truth, and every fire checks it.
     */
    public void converge() {
        try {
            for (PortalJob job : PortalJob.values()) {
                String cron = storedCron(job);
                var trigger = scheduler.getTrigger(TriggerKey.triggerKey(job.id(), SCHEDULER_NAME));
                if (!(trigger instanceof org.quartz.CronTrigger current) || !cron.equals(current.getCronExpression())) {
                    LOG.info(() -> job.id() + ": trigger brought back to " + cron);
                    schedule(job, cron);
                }
            }
        } catch (SchedulerException e) {
            LOG.warning(() -> "schedules could not be checked: " + e);
        }
    }

    /**
     * The schedule job_schedule holds for the job, or its default if that one never fires again (stored
     * before {@link CronRule} refused such schedules): Quartz refuses a trigger that never fires, and one
     * job's refused trigger must not keep the scheduler from starting.
     */
    private String storedCron(PortalJob job) {
        String cron = runs.cron(job);
        if (CronRule.firesAfter(cron, Instant.now(clock))) {
            return cron;
        }
        LOG.warning(() -> job.id() + ": the stored schedule '" + cron + "' never fires again; using the default "
                + job.defaultCron() + " until an admin sets another");
        return job.defaultCron();
    }

    private void schedule(PortalJob job, String cron) throws SchedulerException {
        var jobKey = JobKey.jobKey(job.id(), SCHEDULER_NAME);
        var detail = JobBuilder.newJob(QuartzJob.class).withIdentity(jobKey).usingJobData(QuartzJob.JOB_KEY, job.id())
                .storeDurably().requestRecovery(false).build();
        var trigger = TriggerBuilder.newTrigger().withIdentity(TriggerKey.triggerKey(job.id(), SCHEDULER_NAME))
                .forJob(jobKey)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone("UTC"))
                        .withMisfireHandlingInstructionDoNothing())
                .build();
        // replace whatever another instance stored: the schedule in job_schedule is the truth
        scheduler.scheduleJob(detail, java.util.Set.of(trigger), true);
    }

    @PreDestroy
    void stop() {
        try {
            if (scheduler != null) {
                scheduler.shutdown(false);
            }
        } catch (SchedulerException e) {
            LOG.warning(() -> "scheduler shutdown: " + e);
        }
    }
}
