package io.hyperchain.environment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a tenant may do to the power of one of its containers (P4.2), by the word the API takes, and
 * the rules of each: where it leaves the container, when it has nothing to do, when it is refused.
 */
public enum PowerAction {
    /** Starts a stopped container, resumes a paused one. */
    POWER_ON("poweron", Power.ON),
    /** Cuts the power: killed at once; the container and its disk stay. */
    POWER_OFF("poweroff", Power.OFF),
    /** Asks its processes to end, kills them after a grace period; then as powered off. */
    SHUT_DOWN("shutdown", Power.OFF),
    /** Kills it and starts it again: a hard restart. */
    RESET("reset", Power.ON),
    /** Asks its processes to end (killed after the grace period) and starts it again. */
    REBOOT("reboot", Power.ON),
    /** Freezes its processes: no CPU, its memory held. */
    PAUSE("pause", Power.PAUSED);

    private final String word;
    private final Power leaves;

    PowerAction(String word, Power leaves) {
        this.word = word;
        this.leaves = leaves;
    }

    /** The action the API names with this word, exactly; empty for anything else. */
    public static Optional<PowerAction> byWord(String text) {
        return Arrays.stream(values()).filter(action -> action.word.equals(text)).findFirst();
    }

    /** Every word, in order: what an unknown action's refusal lists. */
    public static List<String> words() {
        return Arrays.stream(values()).map(PowerAction::word).toList();
    }

    public String word() {
        return word;
    }

    /** The power the container has afterwards. */
    public Power leaves() {
        return leaves;
    }

    // Rule: an action is idempotent; it has nothing to do when the container is already where it leaves it
    // (a restart always has work to do: each one restarts anew).
    public boolean alreadyDone(Power power, WorkloadState state) {
        return switch (this) {
            case POWER_ON -> power == Power.ON && state == WorkloadState.RUNNING;
            case POWER_OFF, SHUT_DOWN -> power == Power.OFF && state == WorkloadState.STOPPED;
            case PAUSE -> power == Power.PAUSED && state == WorkloadState.RUNNING;
            case RESET, REBOOT -> false;
        };
    }

    /** Why this action is refused to a container with this power and state (an error code), or empty. */
    public Optional<String> refusal(Power power, WorkloadState state) {
        if (alreadyDone(power, state)) {
            return Optional.empty();
        }
        if (restartsOrPauses() && power == Power.OFF) {
            return Optional.of("container.off"); // rule: a powered-off container is powered on, not restarted or paused
        }
        if (this == PAUSE && state != WorkloadState.RUNNING) {
            return Optional.of("container.notRunning"); // rule: only a running container can be frozen
        }
        return Optional.empty();
    }

    private boolean restartsOrPauses() {
        return this == RESET || this == REBOOT || this == PAUSE;
    }
}
