package io.hyperchain.balance;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules every balancing decision shares (P1.8, P1.9, P1.14): which containers may move and
 * which nodes may take one. Each is one rule, tested alone in {@code MoveRulesTest}.
 */
public final class MoveRules {

    private MoveRules() {
    }

    // Rule: only long-running service work moves; batch work finishes where it started.
    public static boolean isService(BalanceContainer container) {
        return container.kind() == WorkloadKind.SERVICE;
    }

    // Rule: a container the user pinned ("do not migrate") never moves.
    public static boolean notPinned(BalanceContainer container) {
        return !container.pinned();
    }

    // Rule: a container moved less than coolDown ago stays where it is.
    public static boolean notCoolingDown(BalanceContainer container, Instant now, Duration coolDown) {
        Instant last = container.lastMovedAt();
        return last == null || !last.plus(coolDown).isAfter(now);
    }

    // Rule: a target must accept work (not failed, draining, in maintenance or the spare).
    public static boolean acceptsWork(BalanceNode node) {
        return node.acceptsWork();
    }

    // Rule: one container per node per environment, so a target must not host the environment yet.
    public static boolean notHostingEnvironment(boolean targetHostsEnvironment) {
        return !targetHostsEnvironment;
    }

    // Rule: a target's combined load must stay under the load threshold once the container is on it.
    public static boolean staysUnderLoadThreshold(double targetCombinedAfter, double loadThreshold) {
        return targetCombinedAfter < loadThreshold;
    }

    /** A service container, not pinned, not cooling down: one that balancing may move. */
    public static boolean movable(BalanceContainer container, Instant now, Duration coolDown) {
        return isService(container) && notPinned(container) && notCoolingDown(container, now, coolDown);
    }
}
