package io.hyperchain.billing;

import io.hyperchain.shared.Sha256;
import io.hyperchain.billing.document.BillingDocument;
import io.hyperchain.billing.document.CsvExport;
import io.hyperchain.billing.document.JournalExport;
import io.hyperchain.billing.document.UblExport;
import io.hyperchain.billing.rating.BillingMonth;
import io.hyperchain.shared.AuditLog;
import io.hyperchain.shared.DomainException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The month's documents for accounting: every invoice finalized and every credit note issued in
 * the month (by issue date, in the installation's zone), in number order. Drafts never appear;
 * a finalized document never changes, so a month exported twice gives the same bytes. Each
 * export is written to the audit log with its hash.
 */
@Stateless
public class AccountingExports {

    /** A made export: its bytes, content type and file name. */
    public record Export(byte[] bytes, String contentType, String fileName) {
    }

    @Inject
    Invoices invoices;

    @Inject
    InvoiceDocuments documents;

    @Inject
    AuditLog audit;

    public Export export(BillingMonth month, String format, String actor) {
        if (format == null || !List.of("csv", "journal", "ubl").contains(format)) {
            throw DomainException.invalid("format", "export.format", "format must be csv, journal or ubl.");
        }
        List<BillingDocument> docs = documents(month);
        Export export = switch (format) {
            case "csv" -> new Export(new CsvExport().export(docs), "text/csv; charset=UTF-8",
                    "hyperchain-" + month.label() + "-lines.csv");
            case "journal" -> new Export(new JournalExport().export(docs), "text/csv; charset=UTF-8",
                    "hyperchain-" + month.label() + "-journal.csv");
            default -> new Export(UblExport.zip(docs), "application/zip",
                    "hyperchain-" + month.label() + "-ubl.zip");
        };
        audit.record(actor, "billing.export", format + " " + month.label() + " " + docs.size() + " documents sha256="
                + Sha256.hex(export.bytes()));
        return export;
    }

    /** The month's finalized invoices and credit notes, by issue date, ordered by number. */
    public List<BillingDocument> documents(BillingMonth month) {
        List<BillingDocument> docs = new ArrayList<>();
        for (InvoiceView invoice : invoices.issuedBetween(month.start(), month.end())) {
            docs.add(documents.invoice(invoice, "en"));
        }
        for (InvoiceView invoice : invoices.creditedBetween(month.start(), month.end())) {
            invoice.creditNotes().stream()
                    .filter(c -> !c.createdAt().isBefore(month.start()) && c.createdAt().isBefore(month.end()))
                    .forEach(c -> docs.add(documents.creditNote(invoice, c, "en")));
        }
        docs.sort(Comparator.comparing((BillingDocument d) -> d.kind()).thenComparing(BillingDocument::number));
        return docs;
    }

}
