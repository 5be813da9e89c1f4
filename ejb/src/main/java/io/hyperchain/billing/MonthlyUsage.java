package io.hyperchain.billing;

import io.hyperchain.billing.rating.BillingMonth;
import io.hyperchain.billing.rating.PlanVersion;
import io.hyperchain.billing.rating.TenantMonth;
import io.hyperchain.billing.rating.Totals;
import io.hyperchain.settings.PortalSettings;
import io.hyperchain.shared.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** A tenant's usage of a month as it stands: from its invoice once finalized, else rated live. */
@Stateless
public class MonthlyUsage {

    @Inject
    Invoices invoices;

    @Inject
    TenantRating rating;

    @Inject
    PricePlans plans;

    @Inject
    PortalSettings settings;

    @Inject
    BillingConfig config;

    @Inject
    Clock clock;

    public BillingMonth month(String text) {
        if (text == null || text.isBlank()) {
            return BillingMonth.containing(Instant.now(clock), config.zone());
        }
        try {
            return BillingMonth.parse(text, config.zone());
        } catch (IllegalArgumentException e) {
            throw io.hyperchain.shared.DomainException.invalid("month", "month.format", "month must look like 2026-12.");
        }
    }

    /** The tenant's month: final from its invoice once finalized, else rated as it stands. */
    public UsageReport report(TenantContext tenant, BillingMonth month) {
        return finalized(tenant.tenantId(), month)
                .orElseGet(() -> asItStands(month, rating.rate(tenant.tenantId(), month, asOf(month), null, false)));
    }

    /** What the dashboard shows of the month: its report, its days (net of tax) and the plan that applies now, from one reading. */
    public record Dashboard(UsageReport report, java.util.List<TenantMonth.Day> days, Optional<PlanVersion> planNow) {
    }

    public Dashboard dashboard(TenantContext tenant, BillingMonth month) {
        var soFar = rating.soFar(tenant.tenantId(), month, asOf(month));
        var report = finalized(tenant.tenantId(), month).orElseGet(() -> asItStands(month, soFar.rated()));
        return new Dashboard(report, soFar.days(), soFar.timeline().at(Instant.now(clock)));
    }

    private Optional<UsageReport> finalized(long tenantId, BillingMonth month) {
        return invoices.ofTenantMonth(tenantId, month.label()).filter(i -> !"DRAFT".equals(i.state()))
                .map(i -> new UsageReport(month, i.currency(), i.lines(),
                        new Totals(i.subtotal(), i.taxRate(), i.tax(), i.total()), true));
    }

    private UsageReport asItStands(BillingMonth month, TenantMonth.Rated rated) {
        return new UsageReport(month, rated.currency(), rated.lines(),
                Totals.of(rated.lines(), settings.all().taxRate(), rated.currency()), false);
    }

    private Instant asOf(BillingMonth month) {
        Instant now = Instant.now(clock);
        return now.isBefore(month.end()) ? now : month.end();
    }

    /** The plan version that applies to the tenant now, if any. */
    public Optional<PlanVersion> currentPlan(TenantContext tenant) {
        return plans.timeline(tenant.tenantId()).at(Instant.now(clock));
    }
}
