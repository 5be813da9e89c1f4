package io.hyperchain.jobs;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;

/** The portal's scheduled jobs, their names in the API and their default schedules (Quartz cron). */
public enum PortalJob {
    /** Hold the engines to the desired state (lost containers, orphans). */
    NODE_HEALTH("node-health", "0 * * * * ?", false),
    /** P4.3: sample every node's load. */
    LOAD_SAMPLING("load-sampling", "0/15 * * * * ?", false),
    /** P1.5: elect the month's spare, first day 00:00. Once per month, however often it fires. */
    SPARE_ELECTION("spare-election", "0 0 0 1 * ?", true),
    /** P1.6: propose each tenant's node count for the month, first day 00:30 (after the election). */
    QUOTA_ADJUSTMENT("quota-adjustment", "0 30 0 1 * ?", true),
    /**
     * P2.1–P2.5: take in what the node-local watchers did (they redirect within their own
     * period) and tell the tenants.
     */
    DISK_WATCH("disk-watch", "5/15 * * * * ?", false),
    /**
     * Billing: drafts last month's invoices once it has ended (in the installation's zone, so the
     * run is hourly: Seoul's midnight is 15:00 UTC), finalizes them after the grace window.
     */
    BILLING_CLOSE("billing-close", "0 5 * * * ?", false);

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    private final String id;
    private final String defaultCron;
    private final boolean monthly;

    PortalJob(String id, String defaultCron, boolean monthly) {
        this.id = id;
        this.defaultCron = defaultCron;
        this.monthly = monthly;
    }

    public String id() {
        return id;
    }

    public String defaultCron() {
        return defaultCron;
    }

    /**
     * The period a run belongs to: a monthly job's month (a second run in the same month is the
     * same run), otherwise the fire itself.
     */
    public String periodKey(Instant fireTime, String trigger) {
        return monthly ? MONTH.format(fireTime) : fireTime.toString() + "/" + trigger;
    }

    public static Optional<PortalJob> byId(String id) {
        return Arrays.stream(values()).filter(job -> job.id.equals(id)).findFirst();
    }
}
