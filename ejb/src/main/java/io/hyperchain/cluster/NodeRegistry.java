package io.hyperchain.cluster;

import io.hyperchain.docker.DockerGateway;
import io.hyperchain.docker.DockerHost;
import io.hyperchain.docker.EngineFacts;
import io.hyperchain.docker.EngineResources;
import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.Constraints;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The admin's list of compute nodes, with what each engine says right now. */
@Stateless
public class NodeRegistry {

    /** A page waits this long at most for all engines together. */
    static final long PROBE_BUDGET_SECONDS = 6;

    @PersistenceContext
    EntityManager em;

    @Inject
    DockerGateway docker;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    @Inject
    jakarta.enterprise.event.Event<NodeInService> inService;

    /**
     * Registers a node only if its engine answers: a typo in the URL must not put a dead node
     * into placement. Its capacity is what the engine's machine has where the admin left a figure
     * out, and the admin's figure where one was given (less reserves, more over-commits).
     */
    public NodeStatus register(NodeRegistration registration, String actor) {
        if (exists("name", registration.name().value())) {
            throw conflict("name", "name.taken", "A node named " + registration.name() + " is already registered.");
        }
        if (exists("dockerHost", registration.dockerHost().value())) {
            throw conflict("dockerHost", "dockerHost.taken",
                    "The engine at " + registration.dockerHost() + " is already registered.");
        }
        EngineFacts facts = docker.probe(registration.dockerHost());
        if (!facts.reachable()) {
            throw new DomainException(Problem.UNPROCESSABLE, "dockerHost.unreachable", "dockerHost",
                    "No Docker engine answered at " + registration.dockerHost() + " (" + facts.problem()
                            + "). Check the URL and that the engine listens there.");
        }
        NodeCapacity capacity = registration.capacity().within(readEngine(registration.dockerHost()));
        var node = new Node(registration.name(), registration.dockerHost(), capacity, Instant.now(clock));
        try {
            em.persist(node);
            em.flush();
        } catch (PersistenceException e) {
            // a concurrent registration of the same node won the race
            if (Constraints.isUniqueViolation(e, "uq_node_name")) {
                throw conflict("name", "name.taken", "A node named " + registration.name() + " is already registered.");
            }
            if (Constraints.isUniqueViolation(e, "uq_node_docker_host")) {
                throw conflict("dockerHost", "dockerHost.taken",
                        "The engine at " + registration.dockerHost() + " is already registered.");
            }
            throw e;
        }
        audit.record(actor, "node.register", node.name() + " " + node.dockerHost());
        inService.fire(new NodeInService(node.id()));
        return status(node, facts);
    }

    /**
     * What the engine's machine has (P1.10), for the "read from engine" step and for registering;
     * an engine that does not answer, or cannot measure its disk, is refused saying why.
     */
    public EngineResources readEngine(DockerHost host) {
        try {
            return docker.resources(host);
        } catch (RuntimeException e) {
            throw new DomainException(Problem.UNPROCESSABLE, "dockerHost.unreachable", "dockerHost",
                    "The engine at " + host + " did not tell what its machine has (" + DockerGateway.problemOf(e)
                            + "). Check the URL, that the engine listens there and that it holds the image "
                            + io.hyperchain.docker.ContainerSpec.BASE_IMAGE + ".");
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // one read: no transaction of its own
    public long count() {
        return em.createQuery("select count(n) from Node n", Long.class).getSingleResult();
    }

    /** Every node with live engine facts, probed in parallel within one time budget. */
    public List<NodeStatus> liveStatus() {
        var nodes = em.createQuery("select n from Node n order by n.name", Node.class).getResultList();
        var probes = nodes.stream()
                .map(node -> CompletableFuture.supplyAsync(() -> docker.probe(node.dockerHost()), executor)
                        .completeOnTimeout(EngineFacts.unreachable("no answer within " + PROBE_BUDGET_SECONDS + " s"),
                                PROBE_BUDGET_SECONDS, TimeUnit.SECONDS))
                .toList();
        return java.util.stream.IntStream.range(0, nodes.size())
                .mapToObj(i -> status(nodes.get(i), probes.get(i).join()))
                .toList();
    }

    private boolean exists(String attribute, String value) {
        return !em.createQuery("select n.id from Node n where n." + attribute + " = :value", Long.class)
                .setParameter("value", value).getResultList().isEmpty();
    }

    private static DomainException conflict(String field, String code, String message) {
        return new DomainException(Problem.CONFLICT, code, field, message);
    }

    private static NodeStatus status(Node node, EngineFacts facts) {
        return new NodeStatus(node.id(), node.name(), node.dockerHost().value(), node.capacity(), node.state(), facts);
    }

    /** drain / maintenance / activate: what placement may do with the node from now on. */
    public NodeStatus changeState(long nodeId, NodeState newState, String actor) {
        Node node = em.find(Node.class, nodeId);
        if (node == null) {
            throw new DomainException(Problem.NOT_FOUND, "node.notFound", null, "There is no node " + nodeId + ".");
        }
        node.changeState(newState);
        audit.record(actor, "node." + newState.name().toLowerCase(java.util.Locale.ROOT), node.name());
        if (newState == NodeState.ACTIVE) {
            inService.fire(new NodeInService(node.id())); // back from maintenance: its engine may have been set up anew
        }
        return status(node, docker.probe(node.dockerHost()));
    }
}
