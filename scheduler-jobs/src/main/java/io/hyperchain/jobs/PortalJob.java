package io.hyperchain.jobs;

import java.util.Arrays;
import java.util.Optional;

/**
 * The portal's scheduled jobs, their names in the API, their default schedules (Quartz cron, UTC)
 * and how often their work is due.
 */
public enum PortalJob {
    /**
     * P1.11: ping every engine each second; fail a DOWN node's containers over, fence a node that
     * answers again. A scheduled pass is kept in the history only when it did something.
     */
    NODE_WATCH("node-watch", "* * * * * ?", Cadence.EVERY_FIRE),
    /** Hold the engines to the desired state (lost containers, orphans). */
    NODE_HEALTH("node-health", "0 * * * * ?", Cadence.EVERY_FIRE),
    /**
     * P1.8–P1.10: move movable containers off hot nodes (acting only on a sustained imbalance),
     * hand leaders over, and the admin's optional consolidation and overloaded spare.
     */
    REBALANCE("rebalance", "30 */5 * * * ?", Cadence.EVERY_FIRE),
    /** P4.3: sample every node's load. */
    LOAD_SAMPLING("load-sampling", "0/15 * * * * ?", Cadence.EVERY_FIRE),
    /**
     * P1.5: elect the spare of the week or month (the sparePeriod setting). Daily at 00:00, so a
     * week's spare is elected on its Monday; once per period, however often it fires.
     */
    SPARE_ELECTION("spare-election", "0 0 0 * * ?", Cadence.SPARE_PERIOD),
    /** P1.6: propose each tenant's node count for the month, first day 00:30 (after a monthly election). */
    QUOTA_ADJUSTMENT("quota-adjustment", "0 30 0 1 * ?", Cadence.MONTHLY),
    /**
     * P2.1–P2.5: take in what the node-local watchers did (they redirect within their own
     * period) and tell the tenants.
     */
    DISK_WATCH("disk-watch", "5/15 * * * * ?", Cadence.EVERY_FIRE),
    /**
     * Billing: drafts last month's invoices once it has ended (in the installation's zone, so the
     * run is hourly: Seoul's midnight is 15:00 UTC), finalizes them after the grace window.
     */
    BILLING_CLOSE("billing-close", "0 5 * * * ?", Cadence.EVERY_FIRE);

    /** How often a job's work is due: at every fire, or once per calendar period ({@link RunPeriod}). */
    public enum Cadence {
        EVERY_FIRE,
        MONTHLY,
        /** Each week or each month, as the admin's sparePeriod setting says. */
        SPARE_PERIOD
    }

    private final String id;
    private final String defaultCron;
    private final Cadence cadence;

    PortalJob(String id, String defaultCron, Cadence cadence) {
        this.id = id;
        this.defaultCron = defaultCron;
        this.cadence = cadence;
    }

    public String id() {
        return id;
    }

    public String defaultCron() {
        return defaultCron;
    }

    public Cadence cadence() {
        return cadence;
    }

    public static Optional<PortalJob> byId(String id) {
        return Arrays.stream(values()).filter(job -> job.id.equals(id)).findFirst();
    }
}
