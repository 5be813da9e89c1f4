package io.hyperchain.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A node held by a tenant (P1.2) and whether the tenant uses it right now (P1.3). */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(name = "node_id", nullable = false)
    private long nodeId;

    @Column(nullable = false)
    private boolean selected;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected Assignment() {
    }

    public Assignment(long tenantId, long nodeId, Instant assignedAt) {
        this.tenantId = tenantId;
        this.nodeId = nodeId;
        this.assignedAt = assignedAt;
    }

    public long tenantId() {
        return tenantId;
    }

    public long nodeId() {
        return nodeId;
    }

    public boolean selected() {
        return selected;
    }

    /** The tenant ticks or unticks this node. */
    public void select(boolean use) {
        this.selected = use;
    }
}
