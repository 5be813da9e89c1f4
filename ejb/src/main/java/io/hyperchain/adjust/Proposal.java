package io.hyperchain.adjust;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A period's judgement of one tenant's node count (P1.6). Runs write them in batches
 * ({@link ProposalBatch}); an increase waits as an approval, and its decision lands here.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(name = "period_key", nullable = false, length = 32)
    private String period;

    @Column(name = "current_nodes", nullable = false)
    private int currentNodes;

    @Column(name = "proposed_nodes", nullable = false)
    private int proposedNodes;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(nullable = false, length = 16)
    private String state;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Proposal() {
    }

    /** The admin's yes, applied: the tenant holds the proposed nodes. */
    void applied(String by, Instant at) {
        decide("APPLIED", by, at);
    }

    void rejected(String by, Instant at) {
        decide("REJECTED", by, at);
    }

    private void decide(String next, String by, Instant at) {
        state = next;
        decidedBy = by;
        decidedAt = at;
    }

    public long tenantId() {
        return tenantId;
    }

    public String period() {
        return period;
    }

    public int currentNodes() {
        return currentNodes;
    }

    public int proposedNodes() {
        return proposedNodes;
    }

    public String reason() {
        return reason;
    }
}
