package io.hyperchain.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant's request for a bigger main disk (P2.6), and what became of it. */
@Entity
@Table(name = "disk_upgrade")
public class DiskUpgrade {

    public enum State { PENDING, APPLYING, APPLIED, REJECTED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "allotment_id", nullable = false)
    private long allotmentId;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(name = "current_mib", nullable = false)
    private long currentMiB;

    @Column(name = "requested_mib", nullable = false)
    private long requestedMiB;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(length = 500)
    private String problem;

    @Column(name = "requested_by", nullable = false, length = 254)
    private String requestedBy;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DiskUpgrade() {
    }

    public DiskUpgrade(Allotment allotment, long requestedMiB, String requestedBy, Instant at) {
        this.allotmentId = allotment.id();
        this.tenantId = allotment.tenantId();
        this.currentMiB = allotment.mainMiB();
        this.requestedMiB = requestedMiB;
        this.requestedBy = requestedBy;
        this.state = State.PENDING;
        this.createdAt = at;
    }

    void decide(State outcome, String by, String problem, Instant at) {
        this.state = outcome;
        this.decidedBy = by;
        this.problem = problem == null || problem.length() <= 500 ? problem : problem.substring(0, 500);
        this.decidedAt = at;
    }

    /** The outcome of an approved request; who approved it, and when, stay. */
    void finish(State outcome, String problem) {
        decide(outcome, decidedBy, problem, decidedAt);
    }

    public Long id() {
        return id;
    }

    public long allotmentId() {
        return allotmentId;
    }

    public long tenantId() {
        return tenantId;
    }

    public long currentMiB() {
        return currentMiB;
    }

    public long requestedMiB() {
        return requestedMiB;
    }

    public State state() {
        return state;
    }

    public String problem() {
        return problem;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
