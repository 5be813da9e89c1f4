package io.hyperchain.healing;

/**
 * Rule: with more than a third of the watched nodes down at once, the portal does not fail over.
 * From the portal's side a network split looks exactly like that, and failing over into a split
 * would run the same workload twice once it heals.
 */
public final class SplitGuard {

    private SplitGuard() {
    }

    /** Whether failing over is allowed with {@code down} of {@code watched} nodes down. */
    public static boolean mayFailOver(int down, int watched) {
        if (down < 0 || watched < 0 || down > watched) {
            throw new IllegalArgumentException("down " + down + " of " + watched + " nodes");
        }
        return 3L * down <= watched;
    }
}
