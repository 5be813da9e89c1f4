package io.hyperchain.billing.document;

import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CreditNoteLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentTermsType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;

/**
 * A CREDIT_NOTE document as a UBL 2.1 CreditNote (type code 381), with positive amounts, the
 * credited invoice as its billing reference and the reason as its note.
 */
final class UblCreditNote {

    private UblCreditNote() {
    }

    static CreditNoteType of(BillingDocument document) {
        UblAmounts amounts = UblAmounts.of(document);
        var note = new CreditNoteType();
        note.setCustomizationID(UblParts.CUSTOMIZATION_ID);
        note.setProfileID(UblParts.PROFILE_ID);
        note.setID(document.number());
        note.setIssueDate(document.issueDate());
        note.setCreditNoteTypeCode("381");
        if (document.reason() != null) {
            note.addNote(new NoteType(document.reason()));
        }
        note.setDocumentCurrencyCode(document.currency());
        note.setBuyerReference(UblExport.buyerReference(document));
        note.addInvoicePeriod(UblParts.month(document.period()));
        if (document.invoiceNumber() != null) {
            note.addBillingReference(UblParts.invoiceReference(document.invoiceNumber()));
        }
        note.setAccountingSupplierParty(UblParts.seller(document.seller()));
        note.setAccountingCustomerParty(UblParts.buyer(document.buyer()));
        // BR-CO-25: a positive amount due needs a due date or payment terms; a CreditNote has no DueDate
        note.addPaymentTerms(terms(document));
        note.addTaxTotal(UblParts.taxTotal(document, amounts));
        note.setLegalMonetaryTotal(UblParts.monetaryTotal(document, amounts));
        for (int i = 0; i < document.lines().size(); i++) {
            note.addCreditNoteLine(line(document, i, amounts.lines().get(i)));
        }
        return note;
    }

    private static PaymentTermsType terms(BillingDocument document) {
        var terms = new PaymentTermsType();
        String text = document.invoiceNumber() != null ? "Credits invoice " + document.invoiceNumber() : "Credit";
        terms.addNote(new NoteType(document.dueDate() != null ? text + ", due " + document.dueDate() : text));
        return terms;
    }

    private static CreditNoteLineType line(BillingDocument document, int index, UblAmounts.LineAmounts amounts) {
        BillingDocument.Line line = document.lines().get(index);
        var result = new CreditNoteLineType();
        result.setID(Integer.toString(index + 1));
        UblExport.noteOtherPeriod(document, line, result::addNote);
        result.setCreditedQuantity(amounts.quantity()).setUnitCode(UblParts.unitCode(line.unit()));
        result.setLineExtensionAmount(amounts.net()).setCurrencyID(document.currency());
        result.setItem(UblParts.item(line, document.taxRate()));
        result.setPrice(UblParts.price(document.currency(), amounts.price()));
        return result;
    }
}
