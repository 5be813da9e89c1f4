package io.hyperchain.billing.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Billing documents as double-entry journal lines for the accounting system. An invoice debits the
 * receivable and credits revenue (per metric) and VAT; a credit note is the mirror. The total is
 * rounded once while nets and tax keep their precision, so the difference is booked to a rounding
 * account: every document balances exactly.
 */
public final class JournalExport {

    static final String RECEIVABLE = "1100 Accounts receivable";
    static final String VAT_PAYABLE = "2100 VAT payable";
    static final String REVENUE = "4000 Revenue ";
    static final String ROUNDING = "4990 Rounding differences";

    static final String[] HEADER = {"date", "document_number", "account", "description", "debit", "credit", "currency"};

    /** One journal line; exactly one of debit and credit is non-zero. */
    public record Entry(LocalDate date, String documentNumber, String account, String description,
                        BigDecimal debit, BigDecimal credit, String currency) {
    }

    public byte[] export(List<BillingDocument> docs) {
        return ExportCsv.write(HEADER, printer -> {
            for (BillingDocument doc : docs) {
                for (Entry e : entries(doc)) {
                    printer.printRecord(e.date().toString(), e.documentNumber(), e.account(), e.description(),
                            amount(e.debit()), amount(e.credit()), e.currency());
                }
            }
        });
    }

    /** The journal lines of one document, in booking order: receivable, revenue per metric, VAT, rounding. */
    public static List<Entry> entries(BillingDocument doc) {
        // Amounts below are signed debit-positive for an invoice; ExportCsv.revenue mirrors a credit note.
        var entries = new ArrayList<Entry>();
        add(entries, doc, RECEIVABLE, receivableText(doc), ExportCsv.revenue(doc, doc.total()));

        Map<String, BigDecimal> byMetric = new LinkedHashMap<>(); // order of first appearance
        for (BillingDocument.Line line : doc.lines()) {
            byMetric.merge(line.metric(), line.net(), BigDecimal::add);
        }
        BigDecimal nets = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> metric : byMetric.entrySet()) {
            nets = nets.add(metric.getValue());
            add(entries, doc, REVENUE + metric.getKey(), metric.getKey() + " " + doc.period(),
                    ExportCsv.revenue(doc, metric.getValue()).negate());
        }
        add(entries, doc, VAT_PAYABLE, "VAT " + Numbers.percent(doc.taxRate()), ExportCsv.revenue(doc, doc.tax()).negate());

        // Positive when the total was rounded up: more is owed than was earned, a credit.
        BigDecimal rounding = doc.total().subtract(nets.add(doc.tax()));
        add(entries, doc, ROUNDING, "Total rounded to the " + doc.currency() + " unit",
                ExportCsv.revenue(doc, rounding).negate());
        return entries;
    }

    /** A zero amount books nothing; a negative one (e.g. a "credit" metric) goes to the other side. */
    private static void add(List<Entry> entries, BillingDocument doc, String account, String description,
                            BigDecimal debitPositive) {
        if (debitPositive.signum() == 0) {
            return;
        }
        BigDecimal debit = debitPositive.signum() > 0 ? debitPositive : BigDecimal.ZERO;
        BigDecimal credit = debitPositive.signum() < 0 ? debitPositive.negate() : BigDecimal.ZERO;
        entries.add(new Entry(doc.issueDate(), doc.number(), account, description, debit, credit, doc.currency()));
    }

    private static String receivableText(BillingDocument doc) {
        return doc.kind() == BillingDocument.Kind.INVOICE
                ? "Invoice " + doc.number() + " " + doc.buyer().name()
                : "Credit note " + doc.number() + " for " + doc.invoiceNumber() + " " + doc.buyer().name();
    }

    /** The unused side stays empty, as on a paper journal. */
    private static String amount(BigDecimal value) {
        return value.signum() == 0 ? "" : ExportCsv.plain(value);
    }
}
