package io.hyperchain.group;

import io.hyperchain.cluster.NodeState;

/**
 * What a group command may do to one node; the commands ({@link GroupCommand}) choose among these.
 * Each returns the member's answer and throws nothing it can put into words.
 */
public interface MemberActions {

    /** Drain, maintenance or activate, through the node registry as the nodes page does it. */
    MemberOutcome changeState(Member member, NodeState state, Order order);

    /** Asks the node's engine whether it answers and what it runs. */
    MemberOutcome healthCheck(Member member, Order order);

    /** Runs the order's argument with {@code sh -c} in the node's helper container. */
    MemberOutcome shell(Member member, Order order);

    /** Gives the node's engine the image of the template the order names, copied from an engine that holds it. */
    MemberOutcome pullTemplate(Member member, Order order);
}
