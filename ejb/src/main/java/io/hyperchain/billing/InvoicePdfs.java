package io.hyperchain.billing;

import io.hyperchain.billing.document.InvoicePdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The invoice PDF in the tenant's language, made in the portal's own process (OpenPDF, embedded Nanum font). */
@ApplicationScoped
public class InvoicePdfs {

    @Inject
    InvoiceDocuments documents;

    @Inject
    BillingConfig config;

    public byte[] render(InvoiceView invoice, String language) {
        return new InvoicePdf(config.pdfFont()).render(documents.invoice(invoice, language));
    }

    /** A credit note against one of the invoice's amounts, as its own document. */
    public byte[] render(InvoiceView invoice, InvoiceView.CreditNoteView note, String language) {
        return new InvoicePdf(config.pdfFont()).render(documents.creditNote(invoice, note, language));
    }

    public String fileName(InvoiceView invoice) {
        return (invoice.number() == null ? "draft-" + invoice.id() : invoice.number()) + ".pdf";
    }
}
