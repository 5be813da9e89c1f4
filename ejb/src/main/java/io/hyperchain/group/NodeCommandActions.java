package io.hyperchain.group;

import io.hyperchain.cluster.NodeRegistry;
import io.hyperchain.cluster.NodeState;
import io.hyperchain.docker.DockerGateway;
import io.hyperchain.docker.DockerHost;
import io.hyperchain.docker.HelperContainers;
import io.hyperchain.shared.DomainException;
import io.hyperchain.storage.NodeHelper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What a group command does to one node, through the services a node page uses. */
@ApplicationScoped
public class NodeCommandActions implements MemberActions {

    @Inject
    NodeRegistry registry;

    @Inject
    DockerGateway docker;

    @Inject
    NodeHelper helper;

    @Inject
    io.hyperchain.template.TemplateDistribution templates;

    /** As the nodes page's buttons: the registry changes the state and audits it under the admin's name. */
    @Override
    public MemberOutcome changeState(Member member, NodeState state, Order order) {
        try {
            var node = registry.changeState(member.nodeId(), state, order.actor());
            return MemberOutcome.ok("now " + node.getState());
        } catch (DomainException e) {
            return MemberOutcome.failed(e.getMessage());
        }
    }

    /** The engine's own answer: its version and containers, or why it did not answer. */
    @Override
    public MemberOutcome healthCheck(Member member, Order order) {
        var facts = docker.probe(new DockerHost(member.dockerHost()));
        if (!facts.reachable()) {
            return MemberOutcome.failed(facts.problem());
        }
        return MemberOutcome.ok("engine " + facts.version() + " answers; " + facts.runningContainers() + " of "
                + facts.containers() + " container(s) running");
    }

    /** The template's image from an engine that holds it (P4.1), as a joining node gets the catalogue. */
    @Override
    public MemberOutcome pullTemplate(Member member, Order order) {
        try {
            return MemberOutcome.ok(templates.pullTo(member.nodeId(), order.argument()));
        } catch (RuntimeException e) {
            return MemberOutcome.failed(e.getMessage());
        }
    }

    /** The admin's command in the node's helper container; exit code 0 is OK, any other FAILED. */
    @Override
    public MemberOutcome shell(Member member, Order order) {
        try {
            var finished = helper.shell(new DockerHost(member.dockerHost()), member.nodeId(), order.argument(), order.timeout(),
                    MemberOutcome.OUTPUT_BYTES);
            return MemberOutcome.exited(finished.exitCode(), finished.output());
        } catch (HelperContainers.ExecFailed e) {
            return MemberOutcome.failed(e.getMessage());
        }
    }
}
