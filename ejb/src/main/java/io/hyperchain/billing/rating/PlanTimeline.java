package io.hyperchain.billing.rating;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which plan version applies to one tenant when: the plan an admin moved the tenant to (from the
 * move's instant), else the default plan; of that plan, the newest version already valid. The
 * month is cut wherever one of these changes.
 */
public final class PlanTimeline {

    /** A plan version and whether it is the default from its validFrom. */
    public record Version(PlanVersion plan, boolean isDefault) {
    }

    /** The tenant moved to plan {@code planName} from {@code from}. */
    public record Move(String planName, Instant from) {
    }

    private final List<Version> versions;
    private final List<Move> moves;

    public PlanTimeline(List<Version> versions, List<Move> moves) {
        this.versions = versions.stream().sorted(Comparator.comparing(v -> v.plan().validFrom())).toList();
        this.moves = moves.stream().sorted(Comparator.comparing(Move::from)).toList();
    }

    /** The segments covering [from, to), merged where the same version goes on. Gaps have no plan. */
    public List<PlanSegment> segments(Instant from, Instant to) {
        var cuts = new TreeSet<Instant>();
        cuts.add(from);
        versions.forEach(v -> cut(cuts, v.plan().validFrom(), from, to));
        moves.forEach(m -> cut(cuts, m.from(), from, to));
        cuts.add(to);
        List<Instant> points = new ArrayList<>(cuts);
        List<PlanSegment> segments = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i++) {
            PlanVersion at = at(points.get(i)).orElse(null);
            if (at == null) {
                continue;
            }
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last).plan().equals(at) && segments.get(last).end().equals(points.get(i))) {
                segments.set(last, new PlanSegment(at, segments.get(last).start(), points.get(i + 1)));
            } else {
                segments.add(new PlanSegment(at, points.get(i), points.get(i + 1)));
            }
        }
        return segments;
    }

    /** The version in force at an instant, if any. */
    public Optional<PlanVersion> at(Instant t) {
        Optional<String> moved = moves.stream().filter(m -> !m.from().isAfter(t)).reduce((a, b) -> b).map(Move::planName);
        if (moved.isPresent()) {
            return versions.stream().filter(v -> v.plan().name().equals(moved.get()) && !v.plan().validFrom().isAfter(t))
                    .reduce((a, b) -> b).map(Version::plan);
        }
        // the default plan: the newest version marked default; that plan's newest version valid now
        return versions.stream().filter(v -> v.isDefault() && !v.plan().validFrom().isAfter(t))
                .reduce((a, b) -> b)
                .flatMap(d -> versions.stream().filter(v -> v.plan().name().equals(d.plan().name())
                        && !v.plan().validFrom().isAfter(t)).reduce((a, b) -> b).map(Version::plan));
    }

    private static void cut(TreeSet<Instant> cuts, Instant at, Instant from, Instant to) {
        if (at.isAfter(from) && at.isBefore(to)) {
            cuts.add(at);
        }
    }
}
