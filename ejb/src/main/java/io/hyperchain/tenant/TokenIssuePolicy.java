package io.hyperchain.tenant;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How often one account may be mailed a link of one purpose: so that nobody turns the portal into
 * a mail cannon against someone's inbox. Plain Java; the times come from the token table.
 */
public record TokenIssuePolicy(Duration gap, int perWindow, Duration window) {

    /** One a minute, five an hour, per account and purpose. */
    public static final TokenIssuePolicy STANDARD = new TokenIssuePolicy(Duration.ofMinutes(1), 5, Duration.ofHours(1));

    /** How far back {@link #waitFor} needs to see the links already sent. */
    public Instant lookBackFrom(Instant now) {
        return now.minus(gap.compareTo(window) > 0 ? gap : window);
    }

    /**
     * How long until the next link may go, given when the recent ones went (any order); empty when
     * it may go now.
     */
    public Optional<Duration> waitFor(List<Instant> sent, Instant now) {
        Instant earliest = now;
        // at most one link per gap: the next one waits until a gap has passed since the last
        Optional<Instant> last = sent.stream().max(Instant::compareTo);
        if (last.isPresent() && last.get().plus(gap).isAfter(now)) {
            earliest = last.get().plus(gap);
        }
        // at most perWindow links per window: when that many went within it, wait until the oldest of them leaves it
        List<Instant> inWindow = sent.stream().filter(at -> at.plus(window).isAfter(now)).sorted().toList();
        if (inWindow.size() >= perWindow) {
            Instant leaves = inWindow.get(inWindow.size() - perWindow).plus(window);
            earliest = leaves.isAfter(earliest) ? leaves : earliest;
        }
        return earliest.isAfter(now) ? Optional.of(Duration.between(now, earliest)) : Optional.empty();
    }
}
