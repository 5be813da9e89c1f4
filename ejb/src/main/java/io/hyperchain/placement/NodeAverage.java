package io.hyperchain.placement;

/**
 * A node's average load over a period, as the rollups give it; {@code samples} is how many
 * samples it rests on (a node never sampled has no average and cannot be judged quiet).
 */
public record NodeAverage(long nodeId, boolean active, Load load, long samples) {
}
