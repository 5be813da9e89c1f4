package io.hyperchain.environment;

import io.hyperchain.balance.WorkloadKind;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One container of an environment, on one node. Its name is its identity on the engine. */
@Entity
@Table(name = "workload")
public class Workload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "environment_id", nullable = false)
    private long environmentId;

    @Column(name = "node_id", nullable = false)
    private long nodeId;

    /** The engine the container runs on now: its own node, or another after a failover or a move (sql/V18). */
    @Column(name = "host_node_id", nullable = false)
    private long hostNodeId;

    /** Goes up at every failover or move; written on the container, so an older container is known stale. */
    @Column(nullable = false)
    private int epoch;

    @Column(name = "failed_over_at")
    private Instant failedOverAt;

    @Column(name = "moved_at")
    private Instant movedAt;

    /** While a move copies its files: the node it leaves, whose container must stay until then. */
    @Column(name = "moving_from_node_id")
    private Long movingFromNodeId;

    @Column(name = "container_name", nullable = false, length = 128)
    private String containerName;

    @Column(name = "container_id", length = 80)
    private String containerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private WorkloadState state;

    @Column(length = 500)
    private String problem;

    @Column(nullable = false)
    private int cpu;

    @Column(name = "memory_gib", nullable = false)
    private int memoryGiB;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Workload() {
    }

    public Workload(long environmentId, long nodeId, String containerName, int cpu, int memoryGiB, Instant at) {
        this.environmentId = environmentId;
        this.nodeId = nodeId;
        this.hostNodeId = nodeId;
        this.epoch = 1;
        this.containerName = containerName;
        this.cpu = cpu;
        this.memoryGiB = memoryGiB;
        this.state = WorkloadState.STARTING;
        this.updatedAt = at;
    }

    public void running(String containerId, Instant at) {
        this.movingFromNodeId = null; // a move is over once its container runs where it went
        this.containerId = containerId;
        this.state = WorkloadState.RUNNING;
        this.problem = null;
        this.updatedAt = at;
    }

    /** Its container is gone and is being started again: no longer running until the engine says so. */
    public void lost(Instant at) {
        this.state = WorkloadState.STARTING;
        this.updatedAt = at;
    }

    public void failed(String problem, Instant at) {
        this.state = WorkloadState.FAILED;
        this.problem = problem == null ? "unknown" : problem.length() > 500 ? problem.substring(0, 500) : problem;
        this.updatedAt = at;
    }

    /**
     * P1.11: its node failed; it runs on {@code host} from now on, under a new epoch, until it
     * moves again. Not running until the engine there says so.
     */
    public void failOver(long host, Instant at) {
        hostOn(host, at);
        this.failedOverAt = at;
        this.problem = null;
    }

    /** P1.8: moved (back home, or off a hot node) to {@code host}, under a new epoch. */
    public void moveTo(long host, Instant at) {
        this.movingFromNodeId = hostNodeId;
        hostOn(host, at);
        this.movedAt = at;
        if (host == nodeId) {
            this.failedOverAt = null; // home again
        }
    }

    private void hostOn(long host, Instant at) {
        if (host == hostNodeId) {
            throw new IllegalStateException("workload " + id + " already runs on node " + host);
        }
        this.hostNodeId = host;
        this.epoch++;
        this.containerId = null;
        this.state = WorkloadState.STARTING;
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public long environmentId() {
        return environmentId;
    }

    public long nodeId() {
        return nodeId;
    }

    public long hostNodeId() {
        return hostNodeId;
    }

    public int epoch() {
        return epoch;
    }

    /** Runs away from its own node because that node failed. */
    public boolean isFailedOver() {
        return failedOverAt != null && hostNodeId != nodeId;
    }

    public Instant failedOverAt() {
        return failedOverAt;
    }

    public Instant movedAt() {
        return movedAt;
    }

    public String containerName() {
        return containerName;
    }

    public String containerId() {
        return containerId;
    }

    public WorkloadState state() {
        return state;
    }

    public String problem() {
        return problem;
    }

    public int cpu() {
        return cpu;
    }

    public int memoryGiB() {
        return memoryGiB;
    }

    // P1.8: the kind of work and the tenant's pin (V20). Fields here, beside their commands, to keep
    // this block apart from the placement fields.

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private WorkloadKind kind = WorkloadKind.SERVICE;

    @Column(nullable = false)
    private boolean pinned;

    public WorkloadKind kind() {
        return kind;
    }

    public boolean pinned() {
        return pinned;
    }

    /** The tenant says what the container runs: a batch job is never moved. */
    public void kind(WorkloadKind newKind, Instant at) {
        this.kind = java.util.Objects.requireNonNull(newKind, "kind");
        this.updatedAt = at;
    }

    /** The tenant's "do not move": a pinned container stays on its node whatever its kind. */
    public void pin(boolean pin, Instant at) {
        this.pinned = pin;
        this.updatedAt = at;
    }

    /** Whether rebalancing may move it: a service the tenant has not pinned. */
    public boolean movable() {
        return kind == WorkloadKind.SERVICE && !pinned;
    }

    // P4.2: the tenant's power switch (V23). Fields here, beside their commands, as the block above.

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Power power = Power.ON;

    public Power power() {
        return power;
    }

    /** Powered on (again): the engines are held to it running; a start of the environment powers it on too. */
    public void powerOn(Instant at) {
        this.power = Power.ON;
        this.updatedAt = at;
    }

    /** Powered off by its tenant: stays stopped, its container and disk kept, until powered on. */
    public void powerOff(Instant at) {
        this.power = Power.OFF;
        this.updatedAt = at;
    }

    /** Frozen by its tenant: its processes get no CPU and keep their memory. One powered off is not paused. */
    public void pause(Instant at) {
        if (power == Power.OFF) {
            throw new IllegalStateException("workload " + id + " is powered off: power it on, not pause it");
        }
        this.power = Power.PAUSED;
        this.updatedAt = at;
    }

    /** Its engine confirmed the power-off: not running, and not billed, until it is powered on. */
    public void stopped(Instant at) {
        if (power != Power.OFF) {
            throw new IllegalStateException("workload " + id + " is not powered off, so it does not stop");
        }
        this.state = WorkloadState.STOPPED;
        this.problem = null;
        this.updatedAt = at;
    }
}
