package io.hyperchain.web.ui;

import io.hyperchain.account.AccountClosure;
import io.hyperchain.billing.InvoiceView;
import io.hyperchain.billing.Invoices;
import io.hyperchain.billing.MonthlyUsage;
import io.hyperchain.billing.UsageReport;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.TenantContext;
import io.hyperchain.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The tenant's billing: a month's usage lines and totals (final once invoiced, else so far), the
 * invoices with their PDFs, and closing the account (which invoices the month so far at once).
 */
@Named
@ViewScoped
public class BillingView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many months the picker offers, the current one first. */
    static final int MONTHS_OFFERED = 12;

    @Inject
    Caller caller;

    @Inject
    MonthlyUsage usage;

    @Inject
    Invoices invoices;

    @Inject
    AccountClosure closure;

    @Inject
    PageMessages messages;

    private TenantContext tenant;
    private String month;
    private final List<String> months = new ArrayList<>();
    private UsageReport report;
    private List<InvoiceView> invoiceList;
    private InvoiceView finalInvoice;

    @PostConstruct
    void init() {
        tenant = caller.tenant();
        var current = usage.month(null);
        for (var m = current; months.size() < MONTHS_OFFERED; m = m.previous()) {
            months.add(m.label());
        }
        month = current.label();
        report = usage.report(tenant, current);
        loadInvoices();
    }

    /** Shows the month typed or picked; a month that is no month is refused next to the field. */
    public void show() {
        try {
            var chosen = usage.month(month);
            report = usage.report(tenant, chosen);
            month = chosen.label();
        } catch (DomainException e) {
            messages.refusedAt("billing:hc-billing-month", e);
        }
    }

    /** Stops the environment, gives the nodes back and finalizes the month so far. */
    public void closeAccount() {
        try {
            long invoiceId = closure.close(tenant);
            loadInvoices();
            finalInvoice = invoices.ofTenant(tenant, invoiceId);
            report = usage.report(tenant, usage.month(finalInvoice.period()));
            month = finalInvoice.period();
            messages.info("billing.closed", finalInvoice.number());
        } catch (DomainException e) {
            messages.refused("billing", e);
        }
    }

    private void loadInvoices() {
        invoiceList = invoices.ofTenant(tenant);
        finalInvoice = invoiceList.stream().filter(InvoiceView::finalClose).findFirst().orElse(null);
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month == null ? null : month.strip();
    }

    public List<String> getMonths() {
        return months;
    }

    public UsageReport getReport() {
        return report;
    }

    public List<InvoiceView> getInvoices() {
        return invoiceList;
    }

    /** The invoice that closed the account, or null while it is open. */
    public InvoiceView getFinalInvoice() {
        return finalInvoice;
    }

    public boolean isClosed() {
        return finalInvoice != null;
    }
}
