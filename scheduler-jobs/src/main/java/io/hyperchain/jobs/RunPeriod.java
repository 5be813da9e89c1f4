package io.hyperchain.jobs;

import io.hyperchain.shared.CalendarPeriod;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a run belongs to. A periodic job's run serves one calendar period (the spare elected for
 * December serves December), is recorded under that period's key, so a second run in it is the same
 * run, and judges the load of the whole calendar period before. Any other job's run is its fire.
 */
public final class RunPeriod {

    private final String key;
    private final CalendarPeriod served;

    private RunPeriod(String key, CalendarPeriod served) {
        this.key = key;
        this.served = served;
    }

    /**
     * The period of a run of the job at this fire time (UTC, like the schedules). The spare period
     * is asked only of the spare election, so the other jobs read no settings.
     */
    public static RunPeriod of(PortalJob job, Instant fireTime, String trigger, Supplier<CalendarPeriod.Unit> sparePeriod) {
        return switch (job.cadence()) {
            case EVERY_FIRE -> new RunPeriod(fireTime + "/" + trigger, null);
            case MONTHLY -> serving(CalendarPeriod.containing(CalendarPeriod.Unit.MONTH, fireTime));
            case SPARE_PERIOD -> serving(CalendarPeriod.containing(sparePeriod.get(), fireTime));
        };
    }

    private static RunPeriod serving(CalendarPeriod period) {
        return new RunPeriod(period.key(), period);
    }

    /** The run's key in the job history, unique per job: "2026-12", "2026-W49", or the fire and its trigger. */
    public String key() {
        return key;
    }

    /** The calendar period the run serves; empty for a job that acts on every fire. */
    public Optional<CalendarPeriod> served() {
        return Optional.ofNullable(served);
    }

    /** The period whose load a periodic run judges: the whole calendar period before the one it serves. */
    public CalendarPeriod judged() {
        if (served == null) {
            throw new IllegalStateException("the run " + key + " serves no calendar period");
        }
        return served.previous();
    }

    @Override
    public String toString() {
        return key;
    }
}
