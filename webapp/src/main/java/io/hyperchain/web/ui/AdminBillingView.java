package io.hyperchain.web.ui;

import io.hyperchain.billing.BillingConfig;
import io.hyperchain.billing.InvoiceView;
import io.hyperchain.billing.Invoices;
import io.hyperchain.billing.MonthlyUsage;
import io.hyperchain.billing.PlanDraft;
import io.hyperchain.billing.PricePlans;
import io.hyperchain.billing.rating.Metric;
import io.hyperchain.shared.DomainException;
import io.hyperchain.tenant.Role;
import io.hyperchain.tenant.StaffAccounts;
import io.hyperchain.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin's billing: price plan versions and a form for the next one, a month's invoices to
 * mark paid or credit, and accountant accounts.
 */
@Named
@ViewScoped
public class AdminBillingView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Caller caller;

    @Inject
    PricePlans plans;

    @Inject
    Invoices invoices;

    @Inject
    MonthlyUsage usage;

    @Inject
    StaffAccounts staff;

    @Inject
    BillingConfig config;

    @Inject
    PageMessages messages;

    private String admin;
    private List<PricePlans.StoredPlan> planList;
    private List<InvoiceView> invoiceList;

    // the next plan version
    private String name;
    private String currency = "KRW";
    private BigDecimal monthlyFee;
    private LocalDateTime validFrom;
    private boolean makeDefault;
    private final Map<String, BigDecimal> prices = new HashMap<>();

    // the month whose invoices are shown
    private String month;

    // the credit note being written
    private Long creditInvoiceId;
    private BigDecimal creditAmount;
    private String creditReason;

    // the new accountant
    private String accountantEmail;
    private String accountantPassword;

    @PostConstruct
    void init() {
        admin = caller.require(Role.ADMIN).email();
        var current = usage.month(null);
        month = current.label();
        validFrom = LocalDateTime.ofInstant(current.next().start(), config.zone());
        planList = plans.list();
        invoiceList = invoices.ofMonth(current);
    }

    /** Adds a plan version from the form; its start is a local time of the installation's zone. */
    public void createPlan() {
        var priced = new LinkedHashMap<String, BigDecimal>();
        prices.forEach((code, price) -> {
            if (price != null) {
                priced.put(code, price);
            }
        });
        Instant from = validFrom == null ? null : validFrom.atZone(config.zone()).toInstant();
        try {
            var stored = plans.create(new PlanDraft(name, currency, monthlyFee, from, makeDefault, priced, Map.of()), admin);
            planList = plans.list();
            messages.info("adminBilling.plan.created", stored.plan().name(), stored.plan().version());
        } catch (DomainException e) {
            messages.refused("plan", e);
        }
    }

    /** Shows the invoices of the month typed; a month that is no month is refused next to the field. */
    public void showInvoices() {
        try {
            var chosen = usage.month(month);
            invoiceList = invoices.ofMonth(chosen);
            month = chosen.label();
        } catch (DomainException e) {
            messages.refused("invoices", e);
        }
    }

    public void markPaid(long invoiceId) {
        try {
            invoices.markPaid(invoiceId, admin);
            messages.info("adminBilling.paid", invoices.get(invoiceId).number());
        } catch (DomainException e) {
            messages.refused("invoices", e);
        }
        showInvoices();
    }

    /** Opens the credit note dialog for an invoice. */
    public void startCredit(long invoiceId) {
        creditInvoiceId = invoiceId;
        creditAmount = null;
        creditReason = null;
    }

    public void credit() {
        try {
            var note = invoices.credit(creditInvoiceId, creditAmount, creditReason, admin);
            messages.info("adminBilling.creditIssued", note.number(), invoices.get(creditInvoiceId).number());
            creditInvoiceId = null;
            showInvoices();
        } catch (DomainException e) {
            messages.refused("credit", e);
        }
    }

    public void createAccountant() {
        try {
            staff.create(accountantEmail, accountantPassword, Role.ACCOUNTANT.name(), admin);
            messages.info("adminBilling.accountant.created", accountantEmail);
            accountantEmail = null;
            accountantPassword = null;
        } catch (DomainException e) {
            messages.refused("accountant", e);
        }
    }

    /** The metrics a plan prices, in their order. */
    public List<Metric> getMetrics() {
        return Arrays.asList(Metric.values());
    }

    /** An instant as a local time of the installation: 2027-01-01 00:00. */
    public String local(Instant instant) {
        return instant == null ? "" : SHOWN.withZone(config.zone()).format(instant);
    }

    public String getZone() {
        return config.zone().getId();
    }

    public List<PricePlans.StoredPlan> getPlans() {
        return planList;
    }

    public List<InvoiceView> getInvoices() {
        return invoiceList;
    }

    public InvoiceView getCreditInvoice() {
        return creditInvoiceId == null ? null
                : invoiceList.stream().filter(i -> i.id() == creditInvoiceId).findFirst().orElse(null);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getMonthlyFee() {
        return monthlyFee;
    }

    public void setMonthlyFee(BigDecimal monthlyFee) {
        this.monthlyFee = monthlyFee;
    }

    public LocalDateTime getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDateTime validFrom) {
        this.validFrom = validFrom;
    }

    public boolean isMakeDefault() {
        return makeDefault;
    }

    public void setMakeDefault(boolean makeDefault) {
        this.makeDefault = makeDefault;
    }

    /** Prices by metric code, bound by the page: #{adminBillingView.prices['node-hours']}. */
    public Map<String, BigDecimal> getPrices() {
        return prices;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month == null ? null : month.strip();
    }

    public BigDecimal getCreditAmount() {
        return creditAmount;
    }

    public void setCreditAmount(BigDecimal creditAmount) {
        this.creditAmount = creditAmount;
    }

    public String getCreditReason() {
        return creditReason;
    }

    public void setCreditReason(String creditReason) {
        this.creditReason = creditReason;
    }

    public String getAccountantEmail() {
        return accountantEmail;
    }

    public void setAccountantEmail(String accountantEmail) {
        this.accountantEmail = accountantEmail;
    }

    public String getAccountantPassword() {
        return accountantPassword;
    }

    public void setAccountantPassword(String accountantPassword) {
        this.accountantPassword = accountantPassword;
    }
}
