package io.hyperchain.billing.document;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/** The content of an invoice or credit note, top to bottom: heading, parties, lines, totals, note. */
final class InvoiceLayout {

    private static final Color RULE = new Color(0xB0, 0xB0, 0xB0);
    private static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);
    static final Color MUTED = new Color(0x60, 0x60, 0x60);

    private final BillingDocument doc;
    private final PdfLabels labels;
    private final BaseFont regular;
    private final BaseFont bold;
    private final String currency;

    InvoiceLayout(BillingDocument doc, PdfLabels labels, BaseFont regular, BaseFont bold) {
        this.doc = doc;
        this.labels = labels;
        this.regular = regular;
        this.bold = bold;
        this.currency = doc.currency();
    }

    void addTo(Document document) throws DocumentException {
        document.add(heading());
        if (doc.kind() == BillingDocument.Kind.CREDIT_NOTE && doc.reason() != null) {
            document.add(reason()); // full width: a reason is a sentence, too long for the facts column
        }
        document.add(parties());
        document.add(lines());
        document.add(totals());
        var note = new Paragraph(labels.footnote().formatted(currency), new Font(regular, 8, Font.NORMAL, MUTED));
        note.setSpacingBefore(18);
        document.add(note);
    }

    /** Title on the left, the document's facts on the right. */
    private PdfPTable heading() throws DocumentException {
        var facts = new PdfPTable(2);
        facts.setWidths(new float[] {2, 3});
        fact(facts, labels.number(), doc.number());
        fact(facts, labels.issueDate(), doc.issueDate().toString());
        if (doc.kind() == BillingDocument.Kind.INVOICE) {
            fact(facts, labels.dueDate(), doc.dueDate().toString());
        } else {
            fact(facts, labels.creditsInvoice(), doc.invoiceNumber());
        }
        fact(facts, labels.period(), labels.month(doc.period()));

        var table = table(2, 100);
        table.setWidths(new float[] {4, 5});
        table.addCell(plain(new Phrase(labels.title(doc.kind()), new Font(bold, 22))));
        table.addCell(plain(facts));
        table.setSpacingAfter(24);
        return table;
    }

    private Paragraph reason() {
        var text = new Paragraph();
        text.add(new Phrase(labels.reason() + ": ", new Font(regular, 10, Font.NORMAL, MUTED)));
        text.add(new Phrase(doc.reason(), new Font(regular, 10)));
        text.setSpacingAfter(18);
        return text;
    }

    private void fact(PdfPTable facts, String label, String value) {
        facts.addCell(plain(new Phrase(label, new Font(regular, 9, Font.NORMAL, MUTED))));
        facts.addCell(plain(new Phrase(value, new Font(bold, 9))));
    }

    private PdfPTable parties() {
        var table = table(2, 100);
        table.addCell(party(labels.seller(), doc.seller()));
        table.addCell(party(labels.buyer(), doc.buyer()));
        table.setSpacingAfter(24);
        return table;
    }

    private PdfPCell party(String role, BillingDocument.Party party) {
        var text = new Paragraph();
        text.add(new Phrase(role + "\n", new Font(regular, 8, Font.NORMAL, MUTED)));
        text.add(new Phrase(party.name() + "\n", new Font(bold, 11)));
        var small = new Font(regular, 9);
        if (party.email() != null) {
            text.add(new Phrase(party.email() + "\n", small));
        }
        if (party.reference() != null) {
            text.add(new Phrase(labels.reference() + ": " + party.reference() + "\n", small));
        }
        if (party.countryCode() != null) {
            text.add(new Phrase(party.countryCode(), small));
        }
        var cell = plain(text);
        cell.setLeading(0, 1.35f); // relative to each line's font: the name line gets more room
        cell.setPaddingRight(12);
        return cell;
    }

    private PdfPTable lines() throws DocumentException {
        var table = table(5, 100);
        table.setWidths(new float[] {38, 12, 9, 19, 22});
        table.setHeaderRows(1); // repeated on the second page of a long invoice
        var head = new Font(bold, 9);
        header(table, labels.item(), Element.ALIGN_LEFT, head);
        header(table, labels.quantity(), Element.ALIGN_RIGHT, head);
        header(table, labels.unit(), Element.ALIGN_LEFT, head);
        header(table, labels.unitPrice(), Element.ALIGN_RIGHT, head);
        header(table, labels.amount(), Element.ALIGN_RIGHT, head);

        var body = new Font(regular, 9);
        for (BillingDocument.Line line : doc.lines()) {
            var item = new Phrase(line.description(), body);
            if (!doc.period().equals(line.period())) { // a late adjustment: say which month it is for
                item.add(new Phrase("\n" + labels.usageOf().formatted(labels.month(line.period())),
                        new Font(regular, 8, Font.ITALIC, MUTED)));
            }
            row(table, item, Element.ALIGN_LEFT);
            row(table, new Phrase(Numbers.quantity(line.quantity()), body), Element.ALIGN_RIGHT);
            row(table, new Phrase(labels.unit(line.unit()), body), Element.ALIGN_LEFT);
            row(table, new Phrase(Numbers.unitPrice(line.unitPrice(), currency), body), Element.ALIGN_RIGHT);
            row(table, new Phrase(Numbers.money(line.net(), currency), body), Element.ALIGN_RIGHT);
        }
        table.setSpacingAfter(12);
        return table;
    }

    private void header(PdfPTable table, String text, int align, Font font) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(align);
        cell.setBackgroundColor(SHADE);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPadding(5);
        table.addCell(cell);
    }

    private void row(PdfPTable table, Phrase text, int align) {
        var cell = new PdfPCell(text);
        cell.setLeading(0, 1.3f); // room between a description and its period note
        cell.setHorizontalAlignment(align);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPadding(5);
        table.addCell(cell);
    }

    /** Subtotal, VAT and the rounded total, right-aligned under the amounts. */
    private PdfPTable totals() throws DocumentException {
        var table = table(2, 45);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.setWidths(new float[] {1, 1});
        table.setKeepTogether(true);
        var label = new Font(regular, 10);
        sum(table, new Phrase(labels.subtotal(), label), new Phrase(Numbers.money(doc.subtotal(), currency), label), false);
        String vat = labels.vat() + " (" + Numbers.percent(doc.taxRate()) + ")";
        sum(table, new Phrase(vat, label), new Phrase(Numbers.money(doc.tax(), currency), label), false);
        var strong = new Font(bold, 12);
        sum(table, new Phrase(labels.total(), strong), new Phrase(Numbers.total(doc.total(), currency), strong), true);
        return table;
    }

    private void sum(PdfPTable table, Phrase label, Phrase amount, boolean total) {
        for (Phrase text : new Phrase[] {label, amount}) {
            var cell = new PdfPCell(text);
            cell.setHorizontalAlignment(text == label ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setBorder(total ? Rectangle.TOP : Rectangle.NO_BORDER);
            cell.setBorderWidth(total ? 1.2f : 0);
            cell.setPadding(5);
            cell.setPaddingTop(total ? 7 : 3);
            table.addCell(cell);
        }
    }

    private static PdfPTable table(int columns, float widthPercent) {
        var table = new PdfPTable(columns);
        table.setWidthPercentage(widthPercent);
        return table;
    }

    private static PdfPCell plain(Phrase text) {
        var cell = new PdfPCell(text);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        return cell;
    }

    private static PdfPCell plain(PdfPTable nested) {
        var cell = new PdfPCell(nested);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }
}
