package io.hyperchain.adjust;

import io.hyperchain.approval.Approval;
import io.hyperchain.approval.ApprovalKind;
import io.hyperchain.cluster.NodeAssignments;
import io.hyperchain.notify.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/** U3: a proposal of more nodes, approved (the tenant gets them now) or rejected, and the tenant told. */
@ApplicationScoped
public class NodeCountApprovals implements ApprovalKind {

    public static final String KIND = "node-count";

    @PersistenceContext
    EntityManager em;

    @Inject
    NodeAssignments assignments;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    @Override
    public String id() {
        return KIND;
    }

    @Override
    public Carried approved(Approval approval, String admin) {
        Proposal proposal = em.find(Proposal.class, approval.subjectId(), LockModeType.PESSIMISTIC_WRITE);
        int holding = assignments.assignments(proposal.tenantId()).size();
        if (holding != proposal.currentNodes()) { // a decrease or another approval changed it since the run
            proposal.rejected("system", Instant.now(clock));
            return Carried.stale("the tenant holds " + holding + " nodes now, not " + proposal.currentNodes());
        }
        assignments.changeNodeCount(proposal.tenantId(), proposal.proposedNodes());
        proposal.applied(admin, Instant.now(clock));
        notifications.tell(proposal.tenantId(), "adjustment.approved", "one more node approved",
                "Approved: you now hold " + proposal.proposedNodes() + " nodes (" + proposal.reason() + ").");
        return Carried.done();
    }

    @Override
    public void rejected(Approval approval, String admin) {
        Proposal proposal = em.find(Proposal.class, approval.subjectId(), LockModeType.PESSIMISTIC_WRITE);
        proposal.rejected(admin, Instant.now(clock));
        notifications.tell(proposal.tenantId(), "adjustment.rejected", "node increase declined",
                "The proposal of " + proposal.proposedNodes() + " nodes for " + proposal.period() + " was declined.");
    }
}
