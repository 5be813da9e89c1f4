package io.hyperchain.environment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;

/** A tenant's single environment (P1.4): desired state and leader node (P1.7). */
@Entity
@Table(name = "environment")
public class Environment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "desired_state", nullable = false, length = 16)
    private DesiredState desiredState;

    @Column(name = "leader_node_id")
    private Long leaderNodeId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** P4.1: the template its containers run, chosen at its start and kept while it runs (sql/V25). */
    @Column(name = "template_id")
    private Long templateId;

    protected Environment() {
    }

    public Environment(long tenantId, Instant at) {
        this.tenantId = tenantId;
        this.desiredState = DesiredState.STOPPED;
        this.updatedAt = at;
    }

    /**
     * Runs on the given nodes, from the given template. The leader stays where it is while its node
     * stays selected (the tenant's shell lives there); otherwise the lowest node id leads.
     */
    public void runOn(Collection<Long> nodeIds, long templateId, Instant at) {
        if (nodeIds.isEmpty()) {
            throw new IllegalArgumentException("an environment runs on at least one node");
        }
        if (desiredState == DesiredState.RUNNING && this.templateId != null && this.templateId != templateId) {
            // its containers were made from the other template: it changes at a start, not while it runs
            throw new IllegalStateException("environment " + id + " runs template " + this.templateId + ", not " + templateId);
        }
        this.templateId = templateId;
        desiredState = DesiredState.RUNNING;
        if (leaderNodeId == null || !nodeIds.contains(leaderNodeId)) {
            leaderNodeId = nodeIds.stream().min(Long::compare).orElseThrow();
        }
        updatedAt = at;
    }

    /** P1.9: the leader role (and the tenant's shell) moves to another node of the running environment. */
    public void handLeaderTo(long nodeId, Instant at) {
        if (desiredState != DesiredState.RUNNING) {
            throw new IllegalStateException("only a running environment has a leader");
        }
        leaderNodeId = nodeId;
        updatedAt = at;
    }

    public void stop(Instant at) {
        desiredState = DesiredState.STOPPED;
        leaderNodeId = null;
        updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public DesiredState desiredState() {
        return desiredState;
    }

    public Long leaderNodeId() {
        return leaderNodeId;
    }

    /** The template its containers run; null before its first start. */
    public Long templateId() {
        return templateId;
    }
}
