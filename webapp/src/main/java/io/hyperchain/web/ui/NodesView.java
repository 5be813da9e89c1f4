package io.hyperchain.web.ui;

import io.hyperchain.docker.DockerHost;
import io.hyperchain.cluster.NodeName;
import io.hyperchain.cluster.NodeRegistration;
import io.hyperchain.cluster.NodeRegistry;
import io.hyperchain.cluster.NodeStatus;
import io.hyperchain.cluster.RequestedCapacity;
import io.hyperchain.docker.EngineResources;
import io.hyperchain.shared.DomainException;
import io.hyperchain.tenant.Role;
import io.hyperchain.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The admin's node registry: live engine facts and a form to add a node. */
@Named
@ViewScoped
public class NodesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    NodeRegistry registry;

    @Inject
    PageMessages messages;

    private transient List<NodeStatus> nodes;
    private final LoadHistory history = new LoadHistory();
    private Long spareNodeId;

    @Inject
    io.hyperchain.metering.LoadStore loads;

    @Inject
    io.hyperchain.spare.SpareService spares;

    @Inject
    java.time.Clock clock;
    private String name;
    private String dockerHost;
    /** Empty figures are read from the engine when the node is registered. */
    private Integer cpu;
    private Integer memoryGiB;
    private Integer diskGiB;
    private Integer subDiskGiB = 10;
    /** What the engine at the typed URL said its machine has, once asked. */
    private EngineResources engine;

    @PostConstruct
    void init() {
        caller.require(Role.ADMIN);
        refresh();
    }

    public void refresh() {
        nodes = registry.liveStatus();
        spareNodeId = spares.current().map(io.hyperchain.spare.SpareService.Election::nodeId).orElse(null);
        drawChart();
    }

    /** Load history of every node over the chosen range: last hour by minute, day by hour, month by day. */
    public void drawChart() {
        var names = new java.util.LinkedHashMap<Long, String>();
        nodes.forEach(node -> names.put(node.id(), node.name()));
        history.draw(names, loads, java.time.Instant.now(clock), messages.text("nodes.chart.axis"));
    }

    public LoadHistory getHistory() {
        return history;
    }

    /** Whether this node is the elected spare (P1.5), for its badge. */
    public boolean isSpare(long nodeId) {
        return spareNodeId != null && spareNodeId == nodeId;
    }

    /**
     * The "read from engine" step: shows what the machine has and fills the figures with it (main
     * disks get what the sub disk leaves); the admin may lower any before registering.
     */
    public void readEngine() {
        try {
            engine = registry.readEngine(new DockerHost(dockerHost));
            cpu = engine.cpus();
            memoryGiB = engine.memoryGiB();
            diskGiB = Math.max(1, engine.diskGiB() - (subDiskGiB == null ? 0 : subDiskGiB));
        } catch (DomainException e) {
            engine = null;
            messages.refused("register", e);
        }
    }

    public void register() {
        try {
            var registration = new NodeRegistration(new NodeName(name), new DockerHost(dockerHost),
                    new RequestedCapacity(cpu, memoryGiB, diskGiB, subDiskGiB));
            var node = registry.register(registration, caller.profile().email());
            messages.info("nodes.registered", node.name(), node.engine().version());
            name = null;
            dockerHost = null;
            cpu = null;
            memoryGiB = null;
            diskGiB = null;
            engine = null;
            refresh();
        } catch (DomainException e) {
            messages.refused("register", e);
        }
    }

    /** Drain: the node keeps what runs on it and takes no new tenant. */
    public void drain(long nodeId) {
        changeState(nodeId, io.hyperchain.cluster.NodeState.DRAINING, "nodes.drained");
    }

    /** Maintenance: the node is out for repair; its containers are not failed over. */
    public void maintenance(long nodeId) {
        changeState(nodeId, io.hyperchain.cluster.NodeState.MAINTENANCE, "nodes.inMaintenance");
    }

    /** Activate: the node is in service again and placement may use it. */
    public void activate(long nodeId) {
        changeState(nodeId, io.hyperchain.cluster.NodeState.ACTIVE, "nodes.activated");
    }

    private void changeState(long nodeId, io.hyperchain.cluster.NodeState state, String said) {
        try {
            var node = registry.changeState(nodeId, state, caller.profile().email());
            messages.info(said, node.name());
        } catch (DomainException e) {
            messages.refused("list", e);
        }
        refresh();
    }

    /** The confirmation of a state change, naming the node: #{nodesView.confirmation('drain', node.name)}. */
    public String confirmation(String action, String nodeName) {
        return messages.text("nodes." + action + ".confirm", nodeName);
    }

    /** What the engine said its machine has, or null before "read from engine". */
    public EngineResources getEngine() {
        return engine;
    }

    public List<NodeStatus> getNodes() {
        if (nodes == null) {
            refresh();
        }
        return nodes;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDockerHost() {
        return dockerHost;
    }

    public void setDockerHost(String dockerHost) {
        this.dockerHost = dockerHost;
    }

    public Integer getCpu() {
        return cpu;
    }

    public void setCpu(Integer cpu) {
        this.cpu = cpu;
    }

    public Integer getMemoryGiB() {
        return memoryGiB;
    }

    public void setMemoryGiB(Integer memoryGiB) {
        this.memoryGiB = memoryGiB;
    }

    public Integer getDiskGiB() {
        return diskGiB;
    }

    public void setDiskGiB(Integer diskGiB) {
        this.diskGiB = diskGiB;
    }

    public Integer getSubDiskGiB() {
        return subDiskGiB;
    }

    public void setSubDiskGiB(Integer subDiskGiB) {
        this.subDiskGiB = subDiskGiB;
    }
}
