package io.hyperchain.adjust;

import io.hyperchain.cluster.NodeAssignments;
import io.hyperchain.metering.LoadStore;
import io.hyperchain.notify.Notifications;
import io.hyperchain.placement.QuotaAdjustmentPolicy;
import io.hyperchain.settings.PortalSettings;
import io.hyperchain.settings.SettingKey;
import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.shared.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * P1.6 + U3: once a period every tenant's nodes are judged; more nodes wait for an admin's
 * approval, fewer apply at once (unless the tenant's running environment uses them), and the
 * tenant is told either way. One proposal per tenant and period (a unique key), so a second run
 * for the same period changes nothing. Proposals and notifications are written in batches.
 */
@Stateless
public class Adjustments {

    /** A proposal as admins and the API see it. JavaBean getters for the approvals page. */
    public record View(long id, long tenantId, String tenantName, String period, String kind, int currentNodes,
                       int proposedNodes, String reason, String state, String decidedBy, Instant createdAt) {

        public long getId() {
            return id;
        }

        public String getTenantName() {
            return tenantName;
        }

        public String getPeriod() {
            return period;
        }

        public String getKind() {
            return kind;
        }

        public int getCurrentNodes() {
            return currentNodes;
        }

        public int getProposedNodes() {
            return proposedNodes;
        }

        public String getReason() {
            return reason;
        }

        public String getState() {
            return state;
        }

        public boolean isPending() {
            return "PENDING".equals(state);
        }
    }

    /** What a run did. */
    public record Outcome(int tenants, int increases, int decreases, int kept, int alreadyDone) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    LoadStore loads;

    @Inject
    PortalSettings settings;

    @Inject
    NodeAssignments assignments;

    @Inject
    Notifications notifications;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Judges every tenant not yet judged for the period, applies the decreases it can, then writes
     * all proposals and notifications in batches ({@link ProposalBatch}, {@link Notifications#tellAll}).
     */
    public Outcome run(String period, Instant from, Instant to) {
        var values = settings.all();
        double high = values.share(SettingKey.ADJUST_HIGH_PERCENT);
        double low = values.share(SettingKey.ADJUST_LOW_PERCENT);
        var measured = loads.tenantLoads(values.averaging(), from, to);
        var tenants = assignments.nodesByTenant();
        Set<Long> judged = judgedAlready(period);
        Instant now = Instant.now(clock);
        List<ProposalBatch.Row> rows = new ArrayList<>();
        List<Notifications.Message> messages = new ArrayList<>();
        int increases = 0;
        int decreases = 0;
        int kept = 0;
        for (var tenant : tenants.entrySet()) {
            long tenantId = tenant.getKey();
            if (judged.contains(tenantId)) {
                continue;
            }
            var proposal = QuotaAdjustmentPolicy.propose(tenant.getValue().size(),
                    measured.of(tenantId, tenant.getValue()), high, low, measured.averaging());
            boolean applied = false;
            switch (proposal.kind()) {
                case INCREASE -> {
                    increases++;
                    messages.add(proposed(tenantId, period, proposal));
                }
                case DECREASE -> {
                    decreases++;
                    applied = assignments.reduceNodeCount(tenantId, proposal.proposedNodes());
                    messages.add(applied ? applied(tenantId, period, proposal) : suggested(tenantId, period, proposal));
                }
                case KEEP -> kept++;
            }
            rows.add(ProposalBatch.Row.of(tenantId, period, proposal, applied, now));
        }
        em.unwrap(org.hibernate.Session.class).doWork(connection -> ProposalBatch.write(connection, rows));
        notifications.tellAll(messages);
        int alreadyDone = (int) tenants.keySet().stream().filter(judged::contains).count();
        return new Outcome(tenants.size(), increases, decreases, kept, alreadyDone);
    }

    /** Tenants that have a proposal for the period: a second run for it leaves them alone. */
    private Set<Long> judgedAlready(String period) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("select tenant_id from proposal where period_key = ?1")
                .setParameter(1, period).getResultList();
        Set<Long> judged = new HashSet<>();
        rows.forEach(row -> judged.add(row.longValue()));
        return judged;
    }

    private static Notifications.Message proposed(long tenantId, String period, QuotaAdjustmentPolicy.Proposal proposal) {
        return new Notifications.Message(tenantId, "adjustment.proposed", "one more node proposed",
                "For " + period + " we propose " + proposal.proposedNodes() + " nodes instead of "
                        + proposal.currentNodes() + ": " + proposal.reason()
                        + ". An administrator will review it; you will be told the outcome.");
    }

    private static Notifications.Message applied(long tenantId, String period, QuotaAdjustmentPolicy.Proposal proposal) {
        return new Notifications.Message(tenantId, "adjustment.applied", "one node fewer",
                "For " + period + " you hold " + proposal.proposedNodes() + " nodes instead of "
                        + proposal.currentNodes() + ": " + proposal.reason() + ".");
    }

    private static Notifications.Message suggested(long tenantId, String period, QuotaAdjustmentPolicy.Proposal proposal) {
        return new Notifications.Message(tenantId, "adjustment.suggested", "one node fewer suggested",
                "For " + period + " one node fewer would do (" + proposal.reason() + "), but your running "
                        + "environment uses all of them. Untick a node to stop paying for it.");
    }

    private void setState(long tenantId, String period, String state, String actor) {
        em.createNativeQuery("update proposal set state = ?3, decided_by = ?4, decided_at = ?5 "
                        + "where tenant_id = ?1 and period_key = ?2")
                .setParameter(1, tenantId).setParameter(2, period).setParameter(3, state).setParameter(4, actor)
                .setParameter(5, Timestamp.from(Instant.now(clock))).executeUpdate();
    }

    /** An admin says yes: the tenant gets the proposed nodes now, and is told. */
    public View approve(long id, String admin) {
        View proposal = pending(id);
        int holding = assignments.assignments(proposal.tenantId()).size();
        if (holding != proposal.currentNodes()) {
            throw new DomainException(Problem.CONFLICT, "approval.stale", null, "This proposal is stale: the tenant "
                    + "holds " + holding + " nodes now, not " + proposal.currentNodes() + ". Reject it.");
        }
        assignments.changeNodeCount(proposal.tenantId(), proposal.proposedNodes());
        setState(proposal.tenantId(), proposal.period(), "APPLIED", admin);
        audit.record(admin, "approval.approve", "proposal " + id);
        notifications.tell(proposal.tenantId(), "adjustment.approved", "one more node approved",
                "Approved: you now hold " + proposal.proposedNodes() + " nodes (" + proposal.reason() + ").");
        return find(id);
    }

    public View reject(long id, String admin) {
        View proposal = pending(id);
        setState(proposal.tenantId(), proposal.period(), "REJECTED", admin);
        audit.record(admin, "approval.reject", "proposal " + id);
        notifications.tell(proposal.tenantId(), "adjustment.rejected", "node increase declined",
                "The proposal of " + proposal.proposedNodes() + " nodes for " + proposal.period() + " was declined.");
        return find(id);
    }

    /** The proposal, locked, if it still waits for a decision; a clear 404/409 otherwise. */
    private View pending(long id) {
        var rows = em.createNativeQuery("select id from proposal where id = ?1 for update").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new DomainException(Problem.NOT_FOUND, "approval.notFound", null, "There is no proposal " + id + ".");
        }
        View proposal = find(id);
        if (!proposal.isPending()) {
            throw new DomainException(Problem.CONFLICT, "approval.decided", null,
                    "This proposal was already decided (" + proposal.state() + ").");
        }
        return proposal;
    }

    public List<View> all() {
        return query("order by p.created_at desc, p.id desc limit 200", null);
    }

    private View find(long id) {
        return query("and p.id = ?1", id).get(0);
    }

    private List<View> query(String tail, Long id) {
        var query = em.createNativeQuery("select p.id, p.tenant_id, t.name, p.period_key, p.kind, p.current_nodes, "
                + "p.proposed_nodes, p.reason, p.state, p.decided_by, p.created_at from proposal p "
                + "join tenant t on t.id = p.tenant_id where 1 = 1 " + tail);
        if (id != null) {
            query.setParameter(1, id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new View(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                (String) r[3], (String) r[4], ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), (String) r[7],
                (String) r[8], (String) r[9], Timestamps.toInstant(r[10]))).toList();
    }
}
