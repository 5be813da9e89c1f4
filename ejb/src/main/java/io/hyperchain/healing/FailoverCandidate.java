package io.hyperchain.healing;

/**
 * A node as failover sees it when choosing where a failed node's container goes.
 *
 * @param acceptsWork   up, in service and not draining
 * @param spare         the elected shared spare
 * @param load          its combined load, a share of its capacity
 * @param hostsFailoverOf the failed node whose containers it already holds, or 0 when none
 */
public record FailoverCandidate(long id, boolean acceptsWork, boolean spare, double load, long hostsFailoverOf) {
}
