package io.hyperchain.approval;

import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something that waits for an admin's yes or no: more nodes for a tenant, a bigger main disk.
 * Its life is PENDING → APPLYING → APPLIED or FAILED, or PENDING → REJECTED; what it changes is
 * its subject ({@link #kind()} and {@link #subjectId()}), carried out by that kind's
 * {@link ApprovalKind}. The commands guard the life: a second decision is refused.
 */
@Entity
@Table(name = "approval")
public class Approval {

    public enum State { PENDING, APPLYING, APPLIED, REJECTED, FAILED }

    /** Who closes a request that no longer fits what it would change. */
    static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(name = "requested_by", nullable = false, length = 254)
    private String requestedBy;

    /** What the change is about, shown beside it: the period of a node count, the node of a disk. */
    @Column(nullable = false, length = 64)
    private String scope;

    @Column(name = "current_amount", nullable = false)
    private long currentAmount;

    @Column(name = "requested_amount", nullable = false)
    private long requestedAmount;

    @Column(nullable = false, length = 500)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(length = 500)
    private String problem;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Approval() {
    }

    /** A new request, waiting. */
    public Approval(String kind, long subjectId, long tenantId, String requestedBy, String scope, long currentAmount,
                    long requestedAmount, String reason, Instant at) {
        this.kind = kind;
        this.subjectId = subjectId;
        this.tenantId = tenantId;
        this.requestedBy = requestedBy;
        this.scope = clip(scope, 64);
        this.currentAmount = currentAmount;
        this.requestedAmount = requestedAmount;
        this.reason = clip(reason, 500);
        this.state = State.PENDING;
        this.createdAt = at;
    }

    /** An admin says yes: the change is under way until its kind says it is done. */
    public void approve(String by, Instant at) {
        decide(State.APPLYING, by, at);
    }

    /** An admin says no. */
    public void reject(String by, Instant at) {
        decide(State.REJECTED, by, at);
    }

    /** The subject changed since the request (the disk grew, the tenant's nodes changed): closed, never applied. */
    void closeStale(String why, Instant at) {
        state = State.REJECTED;
        decidedBy = SYSTEM;
        decidedAt = at;
        problem = clip("stale: " + why, 500);
    }

    /** The approved change is done. */
    void applied() {
        if (state == State.APPLYING) {
            state = State.APPLIED;
        }
    }

    /** The approved change could not be made. */
    void failed(String why) {
        if (state == State.APPLYING) {
            state = State.FAILED;
            problem = clip(why, 500);
        }
    }

    private void decide(State next, String by, Instant at) {
        if (state != State.PENDING) {
            throw new DomainException(Problem.CONFLICT, "approval.decided", null,
                    "This request was already decided (" + state.name().toLowerCase() + ").");
        }
        state = next;
        decidedBy = by;
        decidedAt = at;
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public long subjectId() {
        return subjectId;
    }

    public long tenantId() {
        return tenantId;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String scope() {
        return scope;
    }

    public long currentAmount() {
        return currentAmount;
    }

    public long requestedAmount() {
        return requestedAmount;
    }

    public String reason() {
        return reason;
    }

    public State state() {
        return state;
    }

    public String problem() {
        return problem;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
