package io.hyperchain.jobs;

import java.util.Properties;

/**
 * The Quartz configuration every portal instance uses: one clustered JDBC job store on the
 * portal's MariaDB (the QRTZ_ tables of migration V2), so several instances fire each trigger
 * once and a survivor takes over a dead instance's work.
 */
public final class QuartzSettings {

    public static final String SCHEDULER_NAME = "hyperchain";

    private QuartzSettings() {
    }

    /**
     * @param instanceId unique per portal instance (Quartz's AUTO works too, but an explicit id
     *                   shows in QRTZ_SCHEDULER_STATE which instance holds a job)
     * @param dataSourceJndi the container's data source, shared with JPA
     */
    public static Properties clustered(String instanceId, String dataSourceJndi) {
        var p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        p.setProperty("org.quartz.scheduler.instanceId", instanceId);
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreCMT");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "5000");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        p.setProperty("org.quartz.jobStore.dataSource", "portal");
        p.setProperty("org.quartz.jobStore.nonManagedTXDataSource", "portal");
        p.setProperty("org.quartz.dataSource.portal.jndiURL", dataSourceJndi);
        p.setProperty("org.quartz.threadPool.threadCount", "3");
        return p;
    }
}
