package io.hyperchain.task;

import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One command run in one container of a tenant's environment (sql/V29). */
@Entity
@Table(name = "task")
public class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(name = "environment_id", nullable = false)
    private long environmentId;

    @Column(name = "node_id", nullable = false)
    private long nodeId;

    @Column(name = "host_node_id", nullable = false)
    private long hostNodeId;

    @Column(name = "container_id", nullable = false, length = 80)
    private String containerId;

    /** The argument vector as a JSON array. */
    @Column(nullable = false, columnDefinition = "TEXT")
    private String command;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TaskKind kind;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal cpu;

    @Column(name = "memory_gib", nullable = false, precision = 8, scale = 2)
    private BigDecimal memoryGiB;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TaskState state;

    @Column(name = "exit_code")
    private Integer exitCode;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "restarted_from")
    private Long restartedFrom;

    protected Task() {
    }

    public Task(long tenantId, long environmentId, TaskSlot slot, TaskOrder order, Long restartedFrom, Instant at) {
        this.tenantId = tenantId;
        this.environmentId = environmentId;
        this.nodeId = slot.nodeId();
        this.hostNodeId = slot.hostNodeId();
        this.containerId = slot.containerId();
        var array = Json.createArrayBuilder();
        order.argv().forEach(array::add);
        this.command = array.build().toString();
        this.kind = order.kind();
        this.cpu = BigDecimal.valueOf(order.cpu());
        this.memoryGiB = BigDecimal.valueOf(order.memoryGiB());
        this.state = TaskState.RUNNING;
        this.startedAt = at;
        this.restartedFrom = restartedFrom;
    }

    /** How it ended, once: a later word on an ended task changes nothing. */
    public boolean end(TaskState how, Integer code, Instant at) {
        if (state.ended() || !how.ended()) {
            return false;
        }
        state = how;
        exitCode = code;
        endedAt = at;
        return true;
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
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

    public String containerId() {
        return containerId;
    }

    public List<String> argv() {
        try (var reader = Json.createReader(new StringReader(command))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }

    public TaskKind kind() {
        return kind;
    }

    public double cpu() {
        return cpu.doubleValue();
    }

    public double memoryGiB() {
        return memoryGiB.doubleValue();
    }

    public TaskState state() {
        return state;
    }

    public Integer exitCode() {
        return exitCode;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Long restartedFrom() {
        return restartedFrom;
    }

    /** The order it was started from, to start it again elsewhere. */
    public TaskOrder order() {
        return new TaskOrder(argv(), cpu(), memoryGiB(), kind, java.util.Optional.empty());
    }

    public TaskBudget.Reservation reservation() {
        return new TaskBudget.Reservation(cpu(), memoryGiB());
    }
}
