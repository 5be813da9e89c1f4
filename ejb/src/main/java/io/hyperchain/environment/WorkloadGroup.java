package io.hyperchain.environment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The group a tenant put its container on one node in (sql/V28). It belongs to the container's
 * identity, the tenant and its node (the container's name on the engine is made of both), not to
 * the workload row: a stop deletes the rows and a start makes new ones, and the group comes back with
 * them; a failover or a move changes only where the container runs.
 */
@Entity
@Table(name = "workload_group")
public class WorkloadGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(name = "node_id", nullable = false)
    private long nodeId;

    @Column(nullable = false, length = GroupName.MAX_LENGTH)
    private String name;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected WorkloadGroup() {
    }

    public WorkloadGroup(long tenantId, long nodeId, GroupName name, Instant at) {
        this.tenantId = tenantId;
        this.nodeId = nodeId;
        this.name = name.value();
        this.updatedAt = at;
    }

    /** The tenant moved the container to another of its groups. */
    public void rename(GroupName newName, Instant at) {
        this.name = newName.value();
        this.updatedAt = at;
    }

    public long tenantId() {
        return tenantId;
    }

    public long nodeId() {
        return nodeId;
    }

    /** As stored: a {@link GroupName}'s value. */
    public String name() {
        return name;
    }
}
