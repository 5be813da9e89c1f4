package io.hyperchain.approval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** A request as the queue and the API show it. JavaBean getters for the page. */
public record ApprovalView(long id, String kind, long subjectId, long tenantId, String tenantName, String requestedBy,
                           String scope, long currentAmount, long requestedAmount, String reason, Approval.State state,
                           String problem, String decidedBy, Instant createdAt) {

    static ApprovalView of(Approval a, String tenantName) {
        return new ApprovalView(a.id(), a.kind(), a.subjectId(), a.tenantId(), tenantName, a.requestedBy(), a.scope(),
                a.currentAmount(), a.requestedAmount(), a.reason(), a.state(), a.problem(), a.decidedBy(), a.createdAt());
    }

    /** Closed by the system because what it would change had changed. */
    public boolean stale() {
        return state == Approval.State.REJECTED && Approval.SYSTEM.equals(decidedBy);
    }

    public long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getTenantName() {
        return tenantName;
    }

    public String getScope() {
        return scope;
    }

    /** The amount before, in the unit people read: nodes, or GiB for a disk (stored in MiB). */
    public String getCurrent() {
        return shown(currentAmount);
    }

    public String getRequested() {
        return shown(requestedAmount);
    }

    private String shown(long amount) {
        return "disk".equals(kind)
                ? BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(1024), 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                : Long.toString(amount);
    }

    public String getReason() {
        return reason;
    }

    public String getState() {
        return state.name();
    }

    public String getProblem() {
        return problem;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public boolean isPending() {
        return state == Approval.State.PENDING;
    }

    public boolean isApplying() {
        return state == Approval.State.APPLYING;
    }
}
