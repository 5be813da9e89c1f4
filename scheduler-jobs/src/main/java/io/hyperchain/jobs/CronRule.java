package io.hyperchain.jobs;

import io.hyperchain.shared.DomainException;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * What a job's schedule may be: a Quartz cron expression (read in UTC, as the triggers read it) that
 * fits job_schedule.cron and fires again after now. Quartz refuses a trigger that will never fire
 * ("0 0 0 1 1 ? 2001"), so such a schedule, once stored, would fail every later start of the scheduler.
 */
public final class CronRule {

    /** The width of job_schedule.cron (sql/V4). */
    static final int MAX_LENGTH = 120;

    private CronRule() {
    }

    /** The schedule as it is stored (trimmed), or a 400 naming {@code cron} with the reason. */
    public static String check(String cron, Instant now) {
        String trimmed = cron == null ? "" : cron.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw DomainException.invalid("cron", "cron.tooLong", "A schedule has at most " + MAX_LENGTH + " characters.");
        }
        if (!CronExpression.isValidExpression(trimmed)) {
            throw DomainException.invalid("cron", "cron.invalid", "This is not a Quartz cron expression: '" + trimmed
                    + "'. Example: 0 0 0 1 * ? (first day of the month, 00:00).");
        }
        if (!firesAfter(trimmed, now)) {
            throw DomainException.invalid("cron", "cron.neverFires", "'" + trimmed + "' never fires again (UTC).");
        }
        return trimmed;
    }

    /**
     * The next {@code count} fire times after {@code now} of a schedule that {@link #check} accepts (fewer
     * when it stops firing sooner), in UTC as the triggers read it: what an admin sees before saving it.
     * A schedule {@link #check} refuses is refused the same way.
     */
    public static List<Instant> nextFires(String cron, Instant now, int count) {
        String checked = check(cron, now);
        CronExpression expression;
        try {
            expression = new CronExpression(checked);
        } catch (ParseException e) {
            throw new IllegalStateException("a checked schedule did not parse: " + checked, e);
        }
        expression.setTimeZone(TimeZone.getTimeZone("UTC"));
        List<Instant> fires = new ArrayList<>(count);
        Date after = Date.from(now);
        while (fires.size() < count) {
            Date next = expression.getNextValidTimeAfter(after);
            if (next == null) {
                break;
            }
            fires.add(next.toInstant());
            after = next;
        }
        return fires;
    }

    /**
     * How long one run of an every-fire job stands for (the load sampler's cost is judged over it,
     * P3.2): the gap from the schedule's first fire at or after {@code at} to the next — from a
     * scheduled fire, the time until the next one. Empty when it does not fire twice more, or is no
     * schedule at all.
     */
    public static java.util.Optional<java.time.Duration> interval(String cron, Instant at) {
        Instant justBefore = at.minusMillis(1); // fires are whole seconds: a fire at `at` is the first after this
        if (!firesAfter(cron, justBefore)) {
            return java.util.Optional.empty();
        }
        var fires = nextFires(cron, justBefore, 2);
        return fires.size() < 2 ? java.util.Optional.empty()
                : java.util.Optional.of(java.time.Duration.between(fires.get(0), fires.get(1)));
    }

    /** Whether this valid expression fires at some time after {@code now}, in UTC; false for anything invalid. */
    public static boolean firesAfter(String cron, Instant now) {
        try {
            var expression = new CronExpression(cron);
            expression.setTimeZone(TimeZone.getTimeZone("UTC"));
            return expression.getNextValidTimeAfter(Date.from(now)) != null;
        } catch (ParseException | RuntimeException e) {
            return false;
        }
    }
}
