package io.hyperchain.placement;

/**
 * A node's average load over a period, as the rollups give it; {@code samples} is how many
 * samples it rests on (a node never sampled has no average and cannot be judged quiet).
 */
public record NodeAverage(long nodeId, boolean active, Load load, long samples) {

    /** Nodes with samples, the only ones whose average says anything. */
    public static java.util.List<NodeAverage> sampled(java.util.Collection<NodeAverage> nodes) {
        return nodes.stream().filter(node -> node.samples() > 0).toList();
    }

    /** The mean combined load of the given nodes (0 when there are none). */
    public static double meanCombined(java.util.Collection<NodeAverage> nodes) {
        return nodes.stream().mapToDouble(node -> node.load().combined()).average().orElse(0);
    }
}
