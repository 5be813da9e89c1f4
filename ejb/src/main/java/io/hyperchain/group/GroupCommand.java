package io.hyperchain.group;

import io.hyperchain.cluster.NodeState;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The commands an admin may send to a group (P4.4), each with what it needs and what it does on one
 * member. A new command is one more constant here (and its words in the pages' bundles); an argument
 * it takes is named by {@link Argument}, read from the request body under that name.
 */
public enum GroupCommand {
    DRAIN("drain", null, true, (actions, member, order) -> actions.changeState(member, NodeState.DRAINING, order)),
    MAINTENANCE("maintenance", null, true, (actions, member, order) -> actions.changeState(member, NodeState.MAINTENANCE, order)),
    ACTIVATE("activate", null, false, (actions, member, order) -> actions.changeState(member, NodeState.ACTIVE, order)),
    HEALTH_CHECK("health-check", null, false, (actions, member, order) -> actions.healthCheck(member, order)),
    SHELL("shell", new Argument("shell", 4096), true, (actions, member, order) -> actions.shell(member, order)),
    PULL_TEMPLATE("pull-template", new Argument("template", 64), false, (actions, member, order) -> actions.pullTemplate(member, order));

    /** What a command takes besides its name: the body field holding it, and how long it may be. */
    public record Argument(String field, int maxLength) {
    }

    /** What a command does on one member. */
    @FunctionalInterface
    interface Effect {
        MemberOutcome on(MemberActions actions, Member member, Order order);
    }

    private final String word;
    private final Argument argument;
    private final boolean asksFirst;
    private final Effect effect;

    GroupCommand(String word, Argument argument, boolean asksFirst, Effect effect) {
        this.word = word;
        this.argument = argument;
        this.asksFirst = asksFirst;
        this.effect = effect;
    }

    /** Its name in the API and the pages: "health-check". */
    public String word() {
        return word;
    }

    /** What it takes besides its name, if anything. */
    public Optional<Argument> argument() {
        return Optional.ofNullable(argument);
    }

    /** Whether the page asks before sending it: it takes nodes out of service or runs what the admin typed. */
    public boolean asksFirst() {
        return asksFirst;
    }

    /** Carries the order out on one member. */
    public MemberOutcome carryOut(MemberActions actions, Member member, Order order) {
        return effect.on(actions, member, order);
    }

    public static Optional<GroupCommand> byWord(String word) {
        return Arrays.stream(values()).filter(command -> command.word.equals(word)).findFirst();
    }

    /** Every command's word, in order: "drain, maintenance, ...". */
    public static List<String> words() {
        return Arrays.stream(values()).map(GroupCommand::word).toList();
    }
}
