package io.hyperchain.storage;

import java.util.Optional;

/**
 * One allotment as the node helper reports it: the main disk's size and use, whether the overlay
 * is mounted, what the sub disk holds for it and how much room the sub disk (or its partition)
 * has left. Sizes in KiB; the two times are the node's uptime in milliseconds.
 */
public record DiskReading(String name, long mainKiB, long usedKiB, boolean redirected, long upperKiB,
                          long subTotalKiB, long subFreeKiB, long crossedAtMs, long redirectedAtMs) {

    /** Parses one line of the helper's {@code status}; a line it does not understand is skipped. */
    public static Optional<DiskReading> parse(String line) {
        String[] f = line.trim().split("\\s+");
        if (f.length != 9) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DiskReading(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), "1".equals(f[3]),
                    Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]),
                    Long.parseLong(f[8])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Main disk use in percent of the allotment. */
    public int usedPercent() {
        return mainKiB <= 0 ? 0 : (int) Math.min(100, usedKiB * 100 / mainKiB);
    }

    /** How long the helper took from noticing the crossing to the mounted overlay, when known. */
    public Optional<Long> reactionMillis() {
        return crossedAtMs > 0 && redirectedAtMs >= crossedAtMs ? Optional.of(redirectedAtMs - crossedAtMs) : Optional.empty();
    }
}
