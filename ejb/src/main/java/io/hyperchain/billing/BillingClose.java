package io.hyperchain.billing;

import io.hyperchain.billing.rating.BillingMonth;
import io.hyperchain.settings.PortalSettings;
import io.hyperchain.settings.SettingKey;
import io.hyperchain.shared.DomainException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The month's close (job billing-close): drafts every tenant's invoice of a month that has ended,
 * and finalizes drafts once the grace window for late usage has passed. Each invoice is its own
 * transaction and every step is idempotent, so two instances, a re-run or a run after a killed
 * one finish the month exactly once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BillingClose {

    public record Outcome(String month, int drafted, int finalized, int stillDraft) {
        @Override
        public String toString() {
            return month + ": " + drafted + " drafted, " + finalized + " finalized, " + stillDraft + " in grace";
        }
    }

    @Inject
    Invoices invoices;

    @Inject
    PortalSettings settings;

    @Inject
    BillingConfig config;

    @Inject
    Clock clock;

    /** A scheduled run: last month's drafts, and finalization of drafts past their grace. */
    public Outcome run() {
        BillingMonth last = BillingMonth.containing(Instant.now(clock), config.zone()).previous();
        Instant since = invoices.billingSince();
        Outcome older = closeIfBilled(last.previous(), since); // drafts a missed run left behind
        Outcome outcome = closeIfBilled(last, since);
        return new Outcome(outcome.month(), outcome.drafted(), outcome.finalized() + older.finalized(), outcome.stillDraft());
    }

    // a month that ended before billing began is nobody's invoice (an admin may still close it by name)
    private Outcome closeIfBilled(BillingMonth month, Instant since) {
        return month.end().isAfter(since) ? close(month, false) : new Outcome(month.label(), 0, 0, 0);
    }

    /**
     * Closes one month: drafts, re-rated drafts, and finalized ones once the grace has passed (or
     * at once when {@code finalizeNow}). A month not yet ended is refused.
     */
    public Outcome close(BillingMonth month, boolean finalizeNow) {
        Instant now = Instant.now(clock);
        if (!month.endedBy(now)) {
            throw DomainException.invalid("month", "billing.monthNotEnded",
                    "month " + month.label() + " has not ended yet; it can be closed from " + month.end() + ".");
        }
        int drafted = draftAll(month);
        Duration grace = Duration.ofDays(settings.all().number(SettingKey.BILLING_GRACE_DAYS));
        boolean due = finalizeNow || !now.isBefore(month.end().plus(grace));
        int finalized = 0;
        int still = 0;
        // chunk by chunk, each its own transaction: a portal killed mid-close leaves whole chunks
        if (due) {
            for (List<Long> chunk : chunks(invoices.drafts(month, false))) {
                finalized += invoices.finalizeDrafts(month, chunk);
            }
        } else {
            // a draft is rated once when made (the tenant sees it); finalizing rates it again
            for (List<Long> chunk : chunks(invoices.drafts(month, true))) {
                invoices.rerateDrafts(month, chunk);
            }
            still = invoices.drafts(month, false).size();
        }
        return new Outcome(month.label(), drafted, finalized, still);
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += TenantRating.CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + TenantRating.CHUNK)));
        }
        return chunks;
    }

    // two instances drafting at once may deadlock on the unique key's gap locks: the loser tries again
    private int draftAll(BillingMonth month) {
        for (int attempt = 1; ; attempt++) {
            try {
                return invoices.draftAll(month);
            } catch (RuntimeException e) {
                if (attempt == 3 || !deadlock(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean deadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && (t.getMessage().contains("Deadlock") || t.getMessage().contains("Lock wait timeout"))) {
                return true;
            }
        }
        return false;
    }
}
