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
        long tenantId = tenant.tenantId();
        var invoice = invoices.ofTenantMonth(tenantId, month.label()).filter(i -> !"DRAFT".equals(i.state()));
        if (invoice.isPresent()) {
            var i = invoice.get();
            return new UsageReport(month, i.currency(), i.lines(),
                    new Totals(i.subtotal(), i.taxRate(), i.tax(), i.total()), true);
        }
        Instant now = Instant.now(clock);
        Instant asOf = now.isBefore(month.end()) ? now : month.end();
        var rated = rating.rate(tenantId, month, asOf, null, false);
        return new UsageReport(month, rated.currency(), rated.lines(),
                Totals.of(rated.lines(), settings.all().taxRate(), rated.currency()), false);
    }

    /** The month so far, day by day, net of tax. */
    public java.util.List<TenantMonth.Day> byDay(TenantContext tenant, BillingMonth month) {
        Instant now = Instant.now(clock);
        return rating.byDay(tenant.tenantId(), month, now.isBefore(month.end()) ? now : month.end());
    }

    /** The plan version that applies to the tenant now, if any. */
    public Optional<PlanVersion> currentPlan(TenantContext tenant) {
        return plans.timeline(tenant.tenantId()).at(Instant.now(clock));
    }
}
