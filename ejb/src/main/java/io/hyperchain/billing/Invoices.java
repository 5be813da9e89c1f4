package io.hyperchain.billing;

import io.hyperchain.billing.rating.BillingMonth;
import io.hyperchain.billing.rating.Money;
import io.hyperchain.billing.rating.RatedLine;
import io.hyperchain.billing.rating.TenantMonth;
import io.hyperchain.billing.rating.Totals;
import io.hyperchain.settings.PortalSettings;
import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.DomainException;
import io.hyperchain.shared.Problem;
import io.hyperchain.shared.Rows;
import io.hyperchain.shared.TenantContext;
import io.hyperchain.shared.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One invoice per tenant and month: drafted, re-rated while a draft, finalized once with a
 * gapless number (then never edited), credited, paid. Every method is one transaction; a
 * month's close (BillingClose) calls them invoice by invoice, so a portal killed mid-close
 * leaves every invoice either untouched or done.
 */
@Stateless
public class Invoices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TenantRating rating;

    @Inject
    DocumentNumbers numbers;

    @Inject
    PortalSettings settings;

    @Inject
    BillingConfig config;

    @Inject
    AuditLog audit;

    /** Makes the drafts of a month for every tenant that lived in it (one statement); the count made. */
    public int draftAll(BillingMonth month) {
        Instant now = Instant.now(clock);
        return em.createNativeQuery("insert ignore into invoice (tenant_id, period, state, currency, subtotal, tax_rate, "
                        + "tax, total, rated_until, created_at) select t.id, ?1, 'DRAFT', 'KRW', 0, ?2, 0, 0, ?3, ?4 "
                        + "from tenant t where t.created_at < ?5 and (t.closed_at is null or t.closed_at >= ?6)")
                .setParameter(1, month.label()).setParameter(2, taxRate())
                .setParameter(3, Timestamp.from(month.start())).setParameter(4, Timestamp.from(now))
                .setParameter(5, Timestamp.from(month.end())).setParameter(6, Timestamp.from(month.start()))
                .executeUpdate();
    }

    /** When billing began on this installation (sql/V11). */
    public Instant billingSince() {
        return Timestamps.toInstant(em.createNativeQuery("select since from billing_start where id = 1").getSingleResult());
    }

    /** Ids of a month's invoices still in draft (only those never rated yet, when {@code unratedOnly}). */
    public List<Long> drafts(BillingMonth month, boolean unratedOnly) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from invoice where period = ?1 and state = 'DRAFT'"
                        + (unratedOnly ? " and rated_until = ?2" : " and ?2 is not null") + " order by id")
                .setParameter(1, month.label()).setParameter(2, Timestamp.from(month.start())).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Rates drafts again with everything recorded so far (those finalized meanwhile are left alone). */
    public void rerateDrafts(BillingMonth month, List<Long> invoiceIds) {
        rateDrafts(month, invoiceIds, false);
    }

    /**
     * Finalizes drafts of a month (at most {@link TenantRating#CHUNK}) in this one transaction:
     * rated with all usage recorded until now, numbered in id order from the series of the issue
     * year, never edited again. Returns how many it finalized (another run may have done some).
     */
    public int finalizeDrafts(BillingMonth month, List<Long> invoiceIds) {
        return rateDrafts(month, invoiceIds, true);
    }

    private int rateDrafts(BillingMonth month, List<Long> invoiceIds, boolean finalize) {
        if (invoiceIds.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> locked = em.createNativeQuery("select id, tenant_id from invoice where id in ("
                + invoiceIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","))
                + ") and period = ?1 and state = 'DRAFT' order by id for update").setParameter(1, month.label()).getResultList();
        if (locked.isEmpty()) {
            return 0;
        }
        Map<Long, Long> tenantOf = new LinkedHashMap<>();
        locked.forEach(r -> tenantOf.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        Instant now = Instant.now(clock);
        Instant asOf = earlier(now, month.end());
        var rated = rating.rate(month, tenantOf.values(), asOf, finalize ? now : null, true);
        BigDecimal taxRate = taxRate();
        List<String> numbers = finalize
                ? this.numbers.reserve("HC-" + ZonedDateTime.ofInstant(now, config.zone()).getYear(), tenantOf.size())
                : null;
        List<InvoiceRows.Written> written = new ArrayList<>();
        int i = 0;
        for (var entry : tenantOf.entrySet()) {
            var r = rated.get(entry.getValue());
            written.add(new InvoiceRows.Written(entry.getKey(), r, Totals.of(r.lines(), taxRate, r.currency()),
                    finalize ? numbers.get(i++) : null));
        }
        em.unwrap(org.hibernate.Session.class).doWork(connection -> InvoiceRows.write(connection, written, taxRate, asOf, now));
        return finalize ? written.size() : 0;
    }

    /** The tenant's invoice of the month so far, made and finalized at once (account closed). */
    public long finalizeNow(long tenantId, BillingMonth month) {
        Instant now = Instant.now(clock);
        em.createNativeQuery("insert ignore into invoice (tenant_id, period, state, currency, subtotal, tax_rate, tax, total, "
                        + "final_close, rated_until, created_at) values (?1, ?2, 'DRAFT', 'KRW', 0, ?3, 0, 0, true, ?4, ?4)")
                .setParameter(1, tenantId).setParameter(2, month.label()).setParameter(3, taxRate())
                .setParameter(4, Timestamp.from(now)).executeUpdate();
        long id = ((Number) em.createNativeQuery("select id from invoice where tenant_id = ?1 and period = ?2")
                .setParameter(1, tenantId).setParameter(2, month.label()).getSingleResult()).longValue();
        em.createNativeQuery("update invoice set final_close = true where id = ?1 and state = 'DRAFT'").setParameter(1, id)
                .executeUpdate();
        finalizeDrafts(month, List.of(id));
        return id;
    }

    public void markPaid(long invoiceId, String actor) {
        Object[] row = lockRow(invoiceId);
        if (!"FINALIZED".equals(row[2])) {
            throw new DomainException(Problem.CONFLICT, "invoice.notPayable", null,
                    "Only a finalized invoice can be marked paid; this one is " + row[2] + ".");
        }
        em.createNativeQuery("update invoice set state = 'PAID', paid_at = ?1 where id = ?2")
                .setParameter(1, Timestamp.from(Instant.now(clock))).setParameter(2, invoiceId).executeUpdate();
        audit.record(actor, "invoice.paid", String.valueOf(invoiceId));
    }

    /**
     * A credit note against a finalized (or paid) invoice, for a gross amount in the currency's
     * unit, never more than what is left; a full credit voids the invoice.
     */
    public InvoiceView.CreditNoteView credit(long invoiceId, BigDecimal amount, String reason, String actor) {
        if (amount == null || amount.signum() <= 0) {
            throw DomainException.invalid("amount", "creditNote.amount", "amount must be more than zero.");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw DomainException.invalid("reason", "creditNote.reason", "reason is required (at most 500 characters).");
        }
        Object[] row = lockRow(invoiceId);
        String state = (String) row[2];
        if (!"FINALIZED".equals(state) && !"PAID".equals(state)) {
            throw new DomainException(Problem.CONFLICT, "creditNote.state", null,
                    "A credit note needs a finalized invoice; this one is " + state + ".");
        }
        String currency = (String) row[3];
        if (amount.stripTrailingZeros().scale() > Money.unitDigits(currency)) {
            throw DomainException.invalid("amount", "creditNote.unit", "amount must be in whole units of " + currency + ".");
        }
        BigDecimal total = (BigDecimal) row[4];
        BigDecimal credited = (BigDecimal) row[5];
        BigDecimal taxRate = (BigDecimal) row[6];
        BigDecimal remaining = total.subtract(credited);
        if (amount.compareTo(remaining) > 0) {
            throw new DomainException(Problem.CONFLICT, "creditNote.exceedsRemaining", "amount",
                    "amount " + amount.toPlainString() + " is more than the " + remaining.stripTrailingZeros().toPlainString()
                            + " " + currency + " left on this invoice.");
        }
        BigDecimal net = amount.divide(BigDecimal.ONE.add(taxRate), Money.SCALE, RoundingMode.HALF_UP);
        BigDecimal tax = amount.subtract(net);
        Instant now = Instant.now(clock);
        String number = numbers.next("HC-CN-" + ZonedDateTime.ofInstant(now, config.zone()).getYear());
        em.createNativeQuery("insert into credit_note (invoice_id, number, net, tax, total, reason, created_by, created_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, invoiceId).setParameter(2, number).setParameter(3, net).setParameter(4, tax)
                .setParameter(5, amount).setParameter(6, reason).setParameter(7, actor).setParameter(8, Timestamp.from(now))
                .executeUpdate();
        boolean full = amount.compareTo(remaining) == 0;
        em.createNativeQuery("update invoice set credited = credited + ?1" + (full ? ", state = 'VOID'" : "") + " where id = ?2")
                .setParameter(1, amount).setParameter(2, invoiceId).executeUpdate();
        audit.record(actor, "invoice.credit", number + " on " + invoiceId + " " + amount.toPlainString());
        return find(invoiceId).orElseThrow().creditNotes().stream().filter(c -> c.number().equals(number)).findFirst()
                .orElseThrow();
    }

    /** What the invoice's lines would be if its month were rated again now, changing nothing. */
    public TenantMonth.Rated rerate(InvoiceView invoice) {
        BillingMonth month = BillingMonth.parse(invoice.period(), config.zone());
        Instant now = Instant.now(clock);
        return rating.rate(invoice.tenantId(), month, earlier(now, month.end()), null, true);
    }

    public Optional<InvoiceView> find(long invoiceId) {
        return views("where i.id = ?1", invoiceId).stream().findFirst();
    }

    /** The tenant's invoices, newest first; another tenant's are never among them. */
    public List<InvoiceView> ofTenant(TenantContext tenant) {
        return views("where i.tenant_id = ?1 order by i.period desc", tenant.tenantId());
    }

    /** The tenant's invoice by id, or not found: the read is scoped by the tenant, so another's looks like none. */
    public InvoiceView ofTenant(TenantContext tenant, long invoiceId) {
        return views("where i.id = ?1 and i.tenant_id = ?2", invoiceId, tenant.tenantId()).stream().findFirst()
                .orElseThrow(() -> notFound(invoiceId));
    }

    public InvoiceView get(long invoiceId) {
        return find(invoiceId).orElseThrow(() -> notFound(invoiceId));
    }

    public Optional<InvoiceView> ofTenantMonth(long tenantId, String period) {
        return views("where i.tenant_id = ?1 and i.period = ?2", tenantId, period).stream().findFirst();
    }

    /** Invoices finalized in [from, to), whatever their state since. */
    public List<InvoiceView> issuedBetween(Instant from, Instant to) {
        return views("where i.finalized_at >= ?1 and i.finalized_at < ?2 order by i.number", Timestamp.from(from),
                Timestamp.from(to));
    }

    /** Invoices with a credit note issued in [from, to). */
    public List<InvoiceView> creditedBetween(Instant from, Instant to) {
        return views("where exists (select 1 from credit_note c where c.invoice_id = i.id and c.created_at >= ?1 "
                + "and c.created_at < ?2) order by i.number", Timestamp.from(from), Timestamp.from(to));
    }

    /** A month's invoices, every state. */
    public List<InvoiceView> ofMonth(BillingMonth month) {
        return views("where i.period = ?1 order by i.id", month.label());
    }

    private List<InvoiceView> views(String where, Object... parameters) {
        var query = em.createNativeQuery("select i.id, i.tenant_id, t.name, "
                        + "(select min(u.email) from user_account u where u.tenant_id = t.id), i.period, i.state, i.number, "
                        + "i.currency, i.subtotal, i.tax_rate, i.tax, i.total, i.credited, i.final_close, i.created_at, "
                        + "i.finalized_at, i.paid_at from invoice i join tenant t on t.id = i.tenant_id " + where);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<InvoiceView> views = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            views.add(new InvoiceView(id, ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], (String) r[7], (BigDecimal) r[8], (BigDecimal) r[9], (BigDecimal) r[10],
                    (BigDecimal) r[11], (BigDecimal) r[12], Rows.truth(r[13]), Timestamps.toInstant(r[14]),
                    r[15] == null ? null : Timestamps.toInstant(r[15]), r[16] == null ? null : Timestamps.toInstant(r[16]),
                    lines(id), creditNotes(id)));
        }
        return views;
    }

    private List<RatedLine> lines(long invoiceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select metric, period, quantity, unit, unit_price, amount, usage_count, "
                + "usage_hash from invoice_line where invoice_id = ?1 order by line_no").setParameter(1, invoiceId).getResultList();
        return rows.stream().map(r -> new RatedLine((String) r[0], (String) r[1], (BigDecimal) r[2], (String) r[3],
                (BigDecimal) r[4], (BigDecimal) r[5], ((Number) r[6]).intValue(), (String) r[7])).toList();
    }

    private List<InvoiceView.CreditNoteView> creditNotes(long invoiceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, number, net, tax, total, reason, created_by, created_at "
                + "from credit_note where invoice_id = ?1 order by id").setParameter(1, invoiceId).getResultList();
        return rows.stream().map(r -> new InvoiceView.CreditNoteView(((Number) r[0]).longValue(), (String) r[1],
                (BigDecimal) r[2], (BigDecimal) r[3], (BigDecimal) r[4], (String) r[5], (String) r[6],
                Timestamps.toInstant(r[7]))).toList();
    }

    private Object[] lockRow(long invoiceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select tenant_id, period, state, currency, total, credited, tax_rate "
                + "from invoice where id = ?1 for update").setParameter(1, invoiceId).getResultList();
        if (rows.isEmpty()) {
            throw notFound(invoiceId);
        }
        return rows.get(0);
    }

    private BigDecimal taxRate() {
        return settings.all().taxRate();
    }

    private static DomainException notFound(long invoiceId) {
        return new DomainException(Problem.NOT_FOUND, "invoice.notFound", null, "There is no invoice " + invoiceId + ".");
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
