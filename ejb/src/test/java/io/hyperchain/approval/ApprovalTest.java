package io.hyperchain.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hyperchain.shared.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApprovalTest {

    private static final Instant AT = Instant.parse("2026-12-01T00:30:00Z");

    private static Approval waiting() {
        return new Approval("disk", 7, 3, "ann@example.com", "node-2", 1024, 2048, "main disk 95 % used", AT);
    }

    @Test
    void aNewRequestWaits() {
        assertEquals(Approval.State.PENDING, waiting().state());
    }

    @Test
    void anApprovedRequestIsUnderWayUntilItsChangeIsDone() {
        var approval = waiting();
        approval.approve("admin@example.com", AT.plusSeconds(60));
        assertEquals(Approval.State.APPLYING, approval.state());
        assertEquals("admin@example.com", approval.decidedBy());
        approval.applied();
        assertEquals(Approval.State.APPLIED, approval.state());
    }

    @Test
    void aFailedChangeKeepsWhyAndWhoApproved() {
        var approval = waiting();
        approval.approve("admin@example.com", AT);
        approval.failed("the node is unreachable");
        assertEquals(Approval.State.FAILED, approval.state());
        assertEquals("the node is unreachable", approval.problem());
        assertEquals("admin@example.com", approval.decidedBy());
    }

    @Test
    void aDecidedRequestRefusesASecondDecision() {
        var approved = waiting();
        approved.approve("a@example.com", AT);
        var second = assertThrows(DomainException.class, () -> approved.reject("b@example.com", AT));
        assertEquals("approval.decided", second.code());
        var rejected = waiting();
        rejected.reject("a@example.com", AT);
        assertEquals("approval.decided", assertThrows(DomainException.class, () -> rejected.approve("b@example.com", AT)).code());
        assertEquals(Approval.State.REJECTED, rejected.state());
    }

    @Test
    void aStaleRequestIsClosedBySystemNeverApplied() {
        var approval = waiting();
        approval.approve("a@example.com", AT);
        approval.closeStale("the disk changed since the request", AT);
        approval.applied();
        assertEquals(Approval.State.REJECTED, approval.state());
        assertEquals("system", approval.decidedBy());
        assertEquals("stale: the disk changed since the request", approval.problem());
    }

    @Test
    void onlyAChangeUnderWayIsSettled() {
        var approval = waiting();
        approval.applied();
        approval.failed("late");
        assertEquals(Approval.State.PENDING, approval.state());
    }

    @Test
    void theQueueShowsADiskInGibAndNodesAsTheyAre() {
        var disk = view("disk", 1024, 2560);
        assertEquals("1", disk.getCurrent());
        assertEquals("2.5", disk.getRequested());
        assertEquals("2", view("node-count", 1, 2).getRequested());
    }

    private static ApprovalView view(String kind, long current, long requested) {
        return new ApprovalView(1, kind, 7, 3, "Acme", "a", "scope", current, requested, "why", Approval.State.PENDING,
                null, null, AT);
    }
}
