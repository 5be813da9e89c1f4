package io.hyperchain.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuartzSettingsTest {

    @Test
    void everyInstanceJoinsOneClusteredStoreOnThePortalDatabase() {
        var a = QuartzSettings.clustered("portal-a", "java:app/jdbc/hyperchain");
        var b = QuartzSettings.clustered("portal-b", "java:app/jdbc/hyperchain");
        assertEquals("true", a.getProperty("org.quartz.jobStore.isClustered"));
        assertEquals(a.getProperty("org.quartz.scheduler.instanceName"), b.getProperty("org.quartz.scheduler.instanceName"));
        assertEquals("java:app/jdbc/hyperchain", a.getProperty("org.quartz.dataSource.portal.jndiURL"));
        assertEquals("portal-b", b.getProperty("org.quartz.scheduler.instanceId"));
    }
}
