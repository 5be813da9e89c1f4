package io.hyperchain.cluster;

import io.hyperchain.docker.DockerHost;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A compute node: one Docker engine and the capacity its admin declared. */
@Entity
@Table(name = "node")
public class Node {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "docker_host", nullable = false)
    private String dockerHost;

    @Column(nullable = false)
    private int cpu;

    @Column(name = "memory_gib", nullable = false)
    private int memoryGiB;

    @Column(name = "disk_gib", nullable = false)
    private int diskGiB;

    @Column(name = "sub_disk_gib", nullable = false)
    private int subDiskGiB;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NodeState state;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    /** Whether its engine answers (sql/V18): written by the node-watch job only when it changes. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private NodeHealth health = NodeHealth.UP;

    @Column(name = "health_changed_at")
    private Instant healthChangedAt;

    protected Node() {
    }

    public Node(NodeName name, DockerHost dockerHost, NodeCapacity capacity, Instant registeredAt) {
        this.name = name.value();
        this.dockerHost = dockerHost.value();
        this.cpu = capacity.cpu();
        this.memoryGiB = capacity.memoryGiB();
        this.diskGiB = capacity.diskGiB();
        this.subDiskGiB = capacity.subDiskGiB();
        this.state = NodeState.ACTIVE;
        this.registeredAt = registeredAt;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public DockerHost dockerHost() {
        return new DockerHost(dockerHost);
    }

    public NodeCapacity capacity() {
        return new NodeCapacity(cpu, memoryGiB, diskGiB, subDiskGiB);
    }

    public NodeState state() {
        return state;
    }

    public NodeHealth health() {
        return health;
    }

    public Instant healthChangedAt() {
        return healthChangedAt;
    }

    /** An admin takes the node out of placement (drain, maintenance) or back in (activate). */
    public void changeState(NodeState newState) {
        this.state = newState;
    }
}
