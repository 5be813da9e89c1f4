package io.hyperchain.adjust;

import io.hyperchain.cluster.NodeAssignments;
import io.hyperchain.metering.LoadStore;
import io.hyperchain.notify.Notifications;
import io.hyperchain.placement.QuotaAdjustmentPolicy;
import io.hyperchain.settings.PortalSettings;
import io.hyperchain.settings.SettingKey;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * P1.6 + U3: once a period every tenant's nodes are judged; more nodes wait for an admin's
 * approval ({@link NodeCountApprovals}), fewer apply at once (unless the tenant's running environment uses them), and the
 * tenant is told either way. One proposal per tenant and period (a unique key), so a second run
 * for the same period changes nothing. Proposals and notifications are written in batches.
 */
@Stateless
public class Adjustments {

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
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            ProposalBatch.write(connection, rows);
            ProposalBatch.openApprovals(connection, period); // the increases wait in the one approval queue
        });
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
}
