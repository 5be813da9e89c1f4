package io.hyperchain.healing;

import io.hyperchain.cluster.NodeHealth;

/**
 * One node's liveness as the node-watch job keeps it: its health and the pings it missed in a row.
 * Pure: a ping's answer goes in, the next liveness and what changed come out.
 */
public record Liveness(NodeHealth health, int missedPings) {

    /** What one ping changed. */
    public enum Change {
        NONE,
        /** Missed its last allowed ping: fail its containers over. */
        WENT_DOWN,
        /** A DOWN node answered: fence it (remove its stale containers) before it is UP again. */
        ANSWERS_AGAIN
    }

    public Liveness {
        if (health == null) {
            throw new IllegalArgumentException("health is required");
        }
        if (missedPings < 0) {
            throw new IllegalArgumentException("missedPings cannot be negative, was " + missedPings);
        }
    }

    public static final Liveness HEALTHY = new Liveness(NodeHealth.UP, 0);

    /** The liveness after one more ping; {@code missLimit} misses in a row make a node DOWN. */
    public Liveness after(boolean answered, int missLimit) {
        if (missLimit < 1) {
            throw new IllegalArgumentException("missLimit must be at least 1, was " + missLimit);
        }
        if (answered) {
            // a DOWN node stays DOWN until it is fenced: answering alone proves nothing about its old containers
            return health == NodeHealth.DOWN ? this : HEALTHY;
        }
        int missed = Math.min(missedPings + 1, missLimit);
        return new Liveness(missed >= missLimit ? NodeHealth.DOWN : health, missed);
    }

    /** What going from this liveness to {@code next} means, given the ping was answered or not. */
    public Change changeTo(Liveness next, boolean answered) {
        if (health == NodeHealth.UP && next.health == NodeHealth.DOWN) {
            return Change.WENT_DOWN;
        }
        if (health == NodeHealth.DOWN && answered) {
            return Change.ANSWERS_AGAIN;
        }
        return Change.NONE;
    }
}
