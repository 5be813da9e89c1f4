package io.hyperchain.approval;

import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The one approval workflow (U3, P2.6): requests of every kind wait in one queue under one id;
 * a decision locks the request, refuses a missing one (404) or a decided one (409), records who
 * decided and lets the request's {@link ApprovalKind} carry it out, in one transaction.
 */
@Stateless
public class Approvals {

    @PersistenceContext
    EntityManager em;

    @Inject
    @Any
    Instance<ApprovalKind> kinds;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A request joins the queue (in the caller's transaction, beside its subject). */
    public Approval open(String kind, long subjectId, long tenantId, String requestedBy, String scope, long current,
                         long requested, String reason) {
        var approval = new Approval(kindOf(kind).id(), subjectId, tenantId, requestedBy, scope, current, requested, reason,
                Instant.now(clock));
        em.persist(approval);
        em.flush();
        return approval;
    }

    /** Yes: carried out now, or under way in the background; a request that no longer fits is closed as stale. */
    public ApprovalView approve(long id, String admin) {
        Approval approval = locked(id);
        Instant now = Instant.now(clock);
        approval.approve(admin, now);
        var carried = kindOf(approval.kind()).approved(approval, admin);
        switch (carried.state()) {
            case APPLIED -> approval.applied();
            case REJECTED -> approval.closeStale(carried.staleBecause(), now);
            default -> { } // under way: the kind settles it
        }
        audit.record(admin, carried.staleBecause() == null ? "approval.approve" : "approval.stale", describe(approval));
        return view(approval);
    }

    public ApprovalView reject(long id, String admin) {
        Approval approval = locked(id);
        approval.reject(admin, Instant.now(clock));
        kindOf(approval.kind()).rejected(approval, admin);
        audit.record(admin, "approval.reject", describe(approval));
        return view(approval);
    }

    /** A change that went on in the background ended; false when it was settled before. */
    public boolean settle(String kind, long subjectId, boolean done, String problem) {
        var found = em.createQuery("select a from Approval a where a.kind = :k and a.subjectId = :s", Approval.class)
                .setParameter("k", kind).setParameter("s", subjectId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty() || found.get().state() != Approval.State.APPLYING) {
            return false;
        }
        if (done) {
            found.get().applied();
        } else {
            found.get().failed(problem);
        }
        return true;
    }

    /** The queue: waiting requests first, then the newest decided ones. */
    public List<ApprovalView> queue() {
        return em.createQuery("select a, t.name from Approval a, io.hyperchain.tenant.Tenant t where t.id = a.tenantId "
                        + "order by case when a.state = io.hyperchain.approval.Approval.State.PENDING then 0 else 1 end, "
                        + "a.createdAt desc, a.id desc", Object[].class)
                .setMaxResults(200).getResultStream()
                .map(row -> ApprovalView.of((Approval) row[0], (String) row[1])).toList();
    }

    public ApprovalView find(long id) {
        return view(existing(id));
    }

    public long waiting() {
        return em.createQuery("select count(a) from Approval a where a.state = io.hyperchain.approval.Approval.State.PENDING",
                Long.class).getSingleResult();
    }

    private Approval existing(long id) {
        Approval approval = em.find(Approval.class, id);
        if (approval == null) {
            throw notFound(id);
        }
        return approval;
    }

    private Approval locked(long id) {
        Approval approval = em.find(Approval.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (approval == null) {
            throw notFound(id);
        }
        return approval;
    }

    private static DomainException notFound(long id) {
        return new DomainException(Problem.NOT_FOUND, "approval.notFound", null, "There is no request " + id + ".");
    }

    private ApprovalKind kindOf(String id) {
        for (ApprovalKind kind : kinds) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw new IllegalStateException("no approval kind " + id);
    }

    private ApprovalView view(Approval approval) {
        var tenant = em.find(io.hyperchain.tenant.Tenant.class, approval.tenantId());
        return ApprovalView.of(approval, tenant == null ? "" : tenant.name());
    }

    private static String describe(Approval approval) {
        return approval.kind() + " request " + approval.id() + " of tenant " + approval.tenantId() + ": "
                + approval.currentAmount() + " → " + approval.requestedAmount();
    }
}
