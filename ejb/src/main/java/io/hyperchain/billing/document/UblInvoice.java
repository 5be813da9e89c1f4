package io.hyperchain.billing.document;

import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.InvoiceLineType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;

/** An INVOICE document as a UBL 2.1 Invoice (type code 380). */
final class UblInvoice {

    private UblInvoice() {
    }

    static InvoiceType of(BillingDocument document) {
        UblAmounts amounts = UblAmounts.of(document);
        var invoice = new InvoiceType();
        invoice.setCustomizationID(UblParts.CUSTOMIZATION_ID);
        invoice.setProfileID(UblParts.PROFILE_ID);
        invoice.setID(document.number());
        invoice.setIssueDate(document.issueDate());
        if (document.dueDate() != null) {
            invoice.setDueDate(document.dueDate()); // BR-CO-25: a positive amount due needs a due date or terms
        }
        invoice.setInvoiceTypeCode("380");
        invoice.setDocumentCurrencyCode(document.currency());
        invoice.setBuyerReference(UblExport.buyerReference(document));
        invoice.addInvoicePeriod(UblParts.month(document.period()));
        invoice.setAccountingSupplierParty(UblParts.seller(document.seller()));
        invoice.setAccountingCustomerParty(UblParts.buyer(document.buyer()));
        invoice.addTaxTotal(UblParts.taxTotal(document, amounts));
        invoice.setLegalMonetaryTotal(UblParts.monetaryTotal(document, amounts));
        for (int i = 0; i < document.lines().size(); i++) {
            invoice.addInvoiceLine(line(document, i, amounts.lines().get(i)));
        }
        return invoice;
    }

    private static InvoiceLineType line(BillingDocument document, int index, UblAmounts.LineAmounts amounts) {
        BillingDocument.Line line = document.lines().get(index);
        var result = new InvoiceLineType();
        result.setID(Integer.toString(index + 1));
        UblExport.noteOtherPeriod(document, line, result::addNote);
        result.setInvoicedQuantity(amounts.quantity()).setUnitCode(UblParts.unitCode(line.unit()));
        result.setLineExtensionAmount(amounts.net()).setCurrencyID(document.currency());
        result.setItem(UblParts.item(line, document.taxRate()));
        result.setPrice(UblParts.price(document.currency(), amounts.price()));
        return result;
    }
}
